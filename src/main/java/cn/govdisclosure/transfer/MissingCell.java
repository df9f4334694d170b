package cn.govdisclosure.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A row of table 三 that prints one value fewer than its cells (a cell lost when the page was laid out or flattened).
 * Each place the lost cell may have stood gives one reading of the row, the lost cell's value following from the
 * row's own sum (总计 = the six applicant columns); the table's column sums then decide between the readings, like
 * between the splits of run-together digits. Readings that give every cell the same value are one reading.
 */
final class MissingCell {

    private MissingCell() {
    }

    /**
     * The distinct readings of a row whose {@code printed} values stand for {@code printed.size() + 1} cells, the
     * last being the row's total; none when a printed value is blank or unreadable.
     */
    static List<List<CellReading>> readings(List<CellReading> printed) {
        if (printed.isEmpty() || printed.stream().anyMatch(cell -> cell.value() == null)) {
            return List.of();
        }
        int cells = printed.size() + 1;
        List<List<CellReading>> readings = new ArrayList<>();
        for (int lost = 0; lost < cells; lost++) {
            List<CellReading> row = new ArrayList<>(printed);
            row.add(lost, null);
            BigDecimal parts = BigDecimal.ZERO;
            for (int i = 0; i < cells - 1; i++) {
                if (i != lost) {
                    parts = parts.add(row.get(i).value());
                }
            }
            BigDecimal value = lost == cells - 1 ? parts : row.get(cells - 1).value().subtract(parts);
            if (value.signum() < 0) {
                continue;
            }
            row.set(lost, new CellReading(value, "", true));
            if (readings.stream().noneMatch(reading -> sameValues(reading, row))) {
                readings.add(List.copyOf(row));
            }
        }
        return readings;
    }

    /** The places where the lost cell may have stood in {@code reading}, given what was printed. */
    static List<Integer> places(List<CellReading> reading, List<CellReading> printed) {
        return IntStream.range(0, reading.size()).filter(lost -> {
            List<CellReading> rest = new ArrayList<>(reading);
            rest.remove(lost);
            return sameValues(rest, printed);
        }).boxed().toList();
    }

    private static boolean sameValues(List<CellReading> a, List<CellReading> b) {
        return IntStream.range(0, a.size()).allMatch(i -> a.get(i).sameValue(b.get(i)));
    }
}
