package cn.govdisclosure.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.govdisclosure.format.PrintedLabels;
import cn.govdisclosure.platform.Labelled;

/**
 * How an application reached the agency (Regulation art. 31 fixes the receipt date for each), with the names
 * offices' ledgers give it. A ledger concept: the report templates do not print channels.
 */
public enum Channel implements Labelled {
    IN_PERSON("当面", "当面提交", "当面申请", "现场", "现场申请", "面交"),
    POST("信函", "信函申请", "邮寄", "信件", "邮政"),
    ONLINE("网络", "网上", "网上申请", "网络申请", "互联网", "在线", "在线申请", "政府网站"),
    FAX("传真", "传真申请"),
    EMAIL("电子邮件", "电子邮件申请", "邮件", "电子邮箱", "email", "e-mail"),
    OTHER("其他", "其他方式");

    private final String label;
    private final List<String> variants;

    Channel(String label, String... variants) {
        this.label = label;
        this.variants = List.of(variants);
    }

    /** The name a ledger prints. */
    public String label() {
        return label;
    }

    public List<String> variants() {
        return variants;
    }

    /** The channel named by its label, a variant or its code, ignoring spacing, width and case. */
    public static Optional<Channel> byLabel(String printed) {
        String key = PrintedLabels.key(printed).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(channel -> channel.name().toLowerCase(Locale.ROOT).equals(key)
                        || PrintedLabels.key(channel.label).equals(key)
                        || channel.variants.stream().anyMatch(v -> PrintedLabels.key(v).toLowerCase(Locale.ROOT).equals(key)))
                .findFirst();
    }

    @Override
    public String zh() {
        return label;
    }

    @Override
    public String en() {
        return switch (this) {
            case IN_PERSON -> "In person";
            case POST -> "By post";
            case ONLINE -> "Online";
            case FAX -> "Fax";
            case EMAIL -> "E-mail";
            case OTHER -> "Other";
        };
    }
}
