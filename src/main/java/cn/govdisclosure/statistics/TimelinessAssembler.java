package cn.govdisclosure.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.ledger.Channel;

/** Turns the aggregated distribution of working days into the timeliness figures. */
final class TimelinessAssembler {

    /** Buckets of the histogram: answered the same day, then 1–5, 6–10, 11–15, 16–20, 21–30, 31–40, over 40. */
    private static final int[][] BUCKETS = {{0, 0}, {1, 5}, {6, 10}, {11, 15}, {16, 20}, {21, 30}, {31, 40}, {41, -1}};

    private TimelinessAssembler() {
    }

    /** One group of conclusions: working days to conclusion (null if uncounted), on time (null if unknown), count. */
    record ConclusionCount(Integer workingDays, Boolean onTime, long count) {
    }

    record ChannelCount(Channel channel, long count) {
    }

    /** The timeliness rate alone: on time ÷ counted conclusions, in percent; empty without conclusions. */
    static java.util.Optional<BigDecimal> rate(List<ConclusionCount> conclusions) {
        return java.util.Optional.ofNullable(assemble(conclusions, List.of(),
                TableAssembler.applications(ReportFormat.GB2021, List.of())).timelinessRatePercent());
    }

    static Timeliness assemble(List<ConclusionCount> conclusions, List<ChannelCount> channels,
            ApplicationsTable applications) {
        long onTime = 0;
        long late = 0;
        long uncounted = 0;
        TreeMap<Integer, Long> distribution = new TreeMap<>();
        for (ConclusionCount group : conclusions) {
            if (group.workingDays() == null || group.onTime() == null) {
                uncounted += group.count();
                continue;
            }
            if (group.onTime()) {
                onTime += group.count();
            } else {
                late += group.count();
            }
            distribution.merge(group.workingDays(), group.count(), Long::sum);
        }
        long counted = onTime + late;
        BigDecimal rate = counted == 0 ? null
                : BigDecimal.valueOf(onTime).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            byChannel.put(channel, 0L);
        }
        channels.forEach(count -> byChannel.merge(count.channel(), count.count(), Long::sum));
        Map<ApplicantType, Long> byType = new EnumMap<>(ApplicantType.class);
        ApplicationsTable.Row received = applications.row(ApplicationRow.NEW_RECEIVED);
        for (ApplicantType type : ApplicantType.values()) {
            byType.put(type, received.value(ApplicantColumn.valueOf(type.name())));
        }
        return new Timeliness(onTime, late, uncounted, rate, percentile(distribution, counted, 50),
                percentile(distribution, counted, 90), histogram(distribution), byChannel, byType);
    }

    /** Nearest rank: the smallest value with at least ⌈p% of N⌉ values at or below it. */
    static Integer percentile(TreeMap<Integer, Long> distribution, long total, int percent) {
        if (total == 0) {
            return null;
        }
        long rank = (total * percent + 99) / 100;
        long seen = 0;
        for (Map.Entry<Integer, Long> value : distribution.entrySet()) {
            seen += value.getValue();
            if (seen >= rank) {
                return value.getKey();
            }
        }
        return distribution.lastKey();
    }

    private static List<Timeliness.Bucket> histogram(TreeMap<Integer, Long> distribution) {
        List<Timeliness.Bucket> buckets = new ArrayList<>();
        for (int[] bounds : BUCKETS) {
            int from = bounds[0];
            Integer to = bounds[1] < 0 ? null : bounds[1];
            long count = (to == null ? distribution.tailMap(from, true) : distribution.subMap(from, true, to, true))
                    .values().stream().mapToLong(Long::longValue).sum();
            String label = to == null ? "over " + (from - 1) : from == to ? Integer.toString(from) : from + "-" + to;
            buckets.add(new Timeliness.Bucket(label, from, to, count));
        }
        return buckets;
    }
}
