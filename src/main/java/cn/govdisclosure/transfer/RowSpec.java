package cn.govdisclosure.transfer;

import java.util.List;

import cn.govdisclosure.format.CellKind;

/**
 * What a printed row must hold: the kind of each of its cells in order, and the sums the template requires —
 * each given as cell indices whose last cell equals the sum of the others (table 三: 总计 = the six applicant
 * columns; table 四: each group's 总计 = its four results).
 */
record RowSpec(List<CellKind> kinds, List<int[]> sums) {

    int size() {
        return kinds.size();
    }

    boolean signed() {
        return kinds.contains(CellKind.SIGNED_COUNT);
    }

    boolean money() {
        return kinds.stream().anyMatch(CellKind::isMoney);
    }

    /** A row of counts whose cells {@code from}…{@code to − 1} add up to cell {@code to}, repeated {@code groups} times. */
    static RowSpec counts(int groupSize, int groups) {
        java.util.List<int[]> sums = new java.util.ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int[] group = new int[groupSize];
            for (int i = 0; i < groupSize; i++) {
                group[i] = g * groupSize + i;
            }
            sums.add(group);
        }
        return new RowSpec(java.util.Collections.nCopies(groupSize * groups, CellKind.COUNT), List.copyOf(sums));
    }
}
