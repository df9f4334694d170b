package cn.govdisclosure.platform;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters shared by every collection. */
public class PageRequest {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Parameter(description = "0-based page number (default 0)")
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page (default " + DEFAULT_SIZE + ", at most " + MAX_SIZE + ")")
    String size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = Integer.toString(page);
        request.size = Integer.toString(size);
        return request;
    }

    public int page() {
        return parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    }

    public int size() {
        return parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    private static int parse(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInput(name, "out-of-range", "field.whole-number-range", min, max);
    }
}
