package cn.govdisclosure.platform;

/**
 * A code of the API with its name in Chinese and in English, as {@code GET /api/v1/codes} lists it for front ends.
 * An enum implements both with a switch over its constants, so that a constant added without its names does not
 * compile.
 */
public interface Labelled {

    /** The name in Chinese, as the Regulation, the national template or an office's ledger words it. */
    String zh();

    /** The name in English. */
    String en();
}
