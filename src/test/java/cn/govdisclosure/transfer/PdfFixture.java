package cn.govdisclosure.transfer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes {@code src/test/resources/import/report-2021.pdf}: a GB2021 report laid out as an office's word processor
 * prints it — three A4 pages with page footers ({@code - 1 -}, {@code 第 2 页 共 3 页}), table cells placed in
 * columns (so that the text layer separates them by spaces), the group label 三、本年度办理结果 printed one character
 * per row, a label wrapped with its values on its first line, a long label whose values stand on the line after it,
 * table 三 continued on the next page under its repeated header, table 四's header broken into fragments, and a
 * paragraph broken by the page end. Run it once with {@code java} on the test class path when the fixture is to
 * change; it needs a TrueType font with Chinese glyphs (Debian's fonts-wqy-microhei).
 */
public final class PdfFixture {

    private static final float LEFT = 50;
    private static final float LABEL = 75;
    private static final float VALUES = 330;
    private static final float STEP = 30;
    private static final float LINE = 15;

    private final List<List<Placed>> pages = new ArrayList<>();
    private float y;

    private record Placed(float x, float y, String text) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/import/report-2021.pdf");
        String fontFile = args.length > 1 ? args[1] : "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
        new PdfFixture().layout().write(out, fontFile);
    }

    private PdfFixture layout() {
        page();
        text(200, "示例市生态环境局2021年政府信息公开工作年度报告");
        line();
        text(LEFT, "一、总体情况");
        text(LEFT, "2021年，本局共收到政府信息公开申请12件，办结9件，结转下年度3件。行政复议1件，行政诉讼1件。");
        text(LEFT, "二、主动公开政府信息情况");
        text(LEFT, "第二十条第（一）项");
        row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        row("规章", "0", "0", "0");
        row("行政规范性文件", "4", "1", "30");
        text(LEFT, "第二十条第（五）项");
        row("信息内容", "本年处理决定数量");
        row("行政许可", "1,234");
        text(LEFT, "第二十条第（六）项");
        row("信息内容", "本年处理决定数量");
        row("行政处罚", "45");
        row("行政强制", "3");
        text(LEFT, "第二十条第（八）项");
        row("信息内容", "本年收费金额（单位：万元）");
        row("行政事业性收费", "12.5");
        text(LEFT, "三、收到和处理政府信息公开申请情况");
        header();
        values(LEFT, "一、本年新收政府信息公开申请数量", "10", "2", "0", "0", "0", "0", "12");
        values(LEFT, "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0");
        String[] vertical = {"三、", "本", "年", "度", "办", "理", "结", "果"};
        place(LEFT - 20, vertical[0]);
        values(LABEL, "（一）予以公开", "4", "1", "0", "0", "0", "0", "5");
        place(LEFT - 20, vertical[1]);
        values(LABEL, "（二）部分公开（区分处理的，只计这一", "1", "0", "0", "0", "0", "0", "1");
        place(LEFT - 20, vertical[2]);
        text(LABEL, "情形，不计其他情形）");
        String[] denied = {"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"};
        for (int i = 0; i < denied.length; i++) {
            if (i + 3 < vertical.length) {
                place(LEFT - 20, vertical[i + 3]);
            }
            if (i == 0) {
                place(LABEL, "（三）不予公开");
            }
            values(LABEL + 70, denied[i], i == 5 ? "1" : "0", "0", "0", "0", "0", "0", i == 5 ? "1" : "0");
        }
        footer("- 1 -");

        page();
        header();
        place(LABEL, "（四）无法提供");
        values(LABEL + 70, "1.本机关不掌握相关政府信息", "2", "0", "0", "0", "0", "0", "2");
        values(LABEL + 70, "2.没有现成信息需要另行制作", "0", "0", "0", "0", "0", "0", "0");
        values(LABEL + 70, "3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0");
        String[] notProcessed = {"1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息"};
        for (int i = 0; i < notProcessed.length; i++) {
            if (i == 0) {
                place(LABEL, "（五）不予处理");
            }
            values(LABEL + 70, notProcessed[i], "0", "0", "0", "0", "0", "0", "0");
        }
        place(LABEL, "（六）其他处理");
        text(LABEL + 70, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开");
        text(LABEL + 70, "申请");
        values(VALUES - 1, "", "0", "0", "0", "0", "0", "0", "0");
        text(LABEL + 70, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        values(VALUES - 1, "", "0", "0", "0", "0", "0", "0", "0");
        values(LABEL + 70, "3.其他", "0", "0", "0", "0", "0", "0", "0");
        values(LABEL, "（七）总计", "8", "1", "0", "0", "0", "0", "9");
        values(LEFT, "四、结转下年度继续办理", "2", "1", "0", "0", "0", "0", "3");
        line();
        text(LEFT, "四、政府信息公开行政复议、行政诉讼情况");
        place(LEFT, "行政复议");
        text(LEFT + 250, "行政诉讼");
        String[] top = {"结 果", "结 果", "其 他", "尚 未", "总 计"};
        String[] bottom = {"维持", "纠正", "结果", "审结", ""};
        for (int i = 0; i < 5; i++) {
            place(LEFT + i * 32, top[i]);
        }
        place(LEFT + 180, "未经复议直接起诉");
        text(LEFT + 340, "复议后起诉");
        for (int i = 0; i < 5; i++) {
            place(LEFT + i * 32, bottom[i]);
        }
        line();
        String[] appeals = {"1", "0", "0", "0", "1", "0", "0", "0", "1", "1", "0", "0", "0", "0", "0"};
        for (int i = 0; i < appeals.length; i++) {
            place(LEFT + i * 32, appeals[i]);
        }
        line();
        text(LEFT, "五、存在的主要问题及改进情况");
        text(LEFT, "一是信息公开的范围还需进一步规范，部分");
        footer("第 2 页 共 3 页");

        page();
        text(LEFT, "栏目更新不及时。二是解读形式单一。");
        text(LEFT, "六、其他需要报告的事项");
        text(LEFT, "无。");
        footer("- 3 -");
        return this;
    }

    private void header() {
        text(LEFT, "（本列数据的勾稽关系为：第一项加第二项之和，");
        text(LEFT, "等于第三项加第四项之和）");
        place(VALUES + 100, "申请人情况");
        line();
        place(VALUES, "自然人");
        place(VALUES + STEP + 40, "法人或其他组织");
        place(VALUES + 6 * STEP, "总计");
        line();
        String[] organisations = {"商业企业", "科研机构", "社会公益 组织", "法律服务机构", "其他"};
        for (int i = 0; i < organisations.length; i++) {
            place(VALUES + (i + 1) * STEP, organisations[i]);
        }
        line();
    }

    private void row(String label, String... cells) {
        place(LEFT, label);
        for (int i = 0; i < cells.length; i++) {
            place(VALUES - 120 + i * 90, cells[i]);
        }
        line();
    }

    private void values(float x, String label, String... cells) {
        if (!label.isEmpty()) {
            place(x, label);
        }
        for (int i = 0; i < cells.length; i++) {
            place(VALUES + i * STEP, cells[i]);
        }
        line();
    }

    private void page() {
        pages.add(new ArrayList<>());
        y = 790;
    }

    private void text(float x, String text) {
        place(x, text);
        line();
    }

    private void place(float x, String text) {
        pages.get(pages.size() - 1).add(new Placed(x, y, text));
    }

    private void line() {
        y -= LINE;
    }

    private void footer(String text) {
        pages.get(pages.size() - 1).add(new Placed(280, 40, text));
    }

    private void write(Path out, String fontFile) throws IOException {
        try (PDDocument document = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(new File(fontFile))) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(document, ttf, true);
            for (List<Placed> placed : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Placed text : placed) {
                        content.beginText();
                        content.setFont(font, 8);
                        content.newLineAtOffset(text.x(), text.y());
                        content.showText(text.text());
                        content.endText();
                    }
                }
            }
            document.save(out.toFile());
        }
    }
}
