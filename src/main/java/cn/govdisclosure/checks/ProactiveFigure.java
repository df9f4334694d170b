package cn.govdisclosure.checks;

import java.math.BigDecimal;

/** One cell of the section 二 table: its row and column codes, its kind, and its value ({@code null} when missing). */
public record ProactiveFigure(String row, String column, FigureKind kind, BigDecimal value) {
}
