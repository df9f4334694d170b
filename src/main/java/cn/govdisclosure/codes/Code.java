package cn.govdisclosure.codes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One code of an enumeration with its names, and the group the national template prints it in, if any. */
@Schema(name = "Code", requiredProperties = {"code", "zh", "en"})
public record Code(
        @Schema(description = "The code as the API sends and takes it", examples = "UNAVAILABLE_NOT_HELD") String code,
        @Schema(description = "The name in Chinese, as the national template, the Regulation or an office's ledger "
                + "words it", examples = "本机关不掌握相关政府信息") String zh,
        @Schema(description = "The name in English", examples = "The information is not held by this agency") String en,
        @Schema(description = "The group the template prints the code under (不予公开, 无法提供, 不予处理, 其他处理, "
                + "法人或其他组织, 行政诉讼 …); absent when it prints it under none")
        @JsonInclude(JsonInclude.Include.NON_NULL) Group group) {

    /** A group of codes, as the template heads it. */
    @Schema(name = "CodeGroup", requiredProperties = {"code", "zh", "en"})
    public record Group(
            @Schema(examples = "UNAVAILABLE") String code,
            @Schema(examples = "无法提供") String zh,
            @Schema(examples = "Cannot be provided") String en) {
    }

    static Code of(String code, String zh, String en) {
        return new Code(code, zh, en, null);
    }
}
