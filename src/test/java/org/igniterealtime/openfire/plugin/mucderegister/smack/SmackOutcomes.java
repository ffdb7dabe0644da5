package org.igniterealtime.openfire.plugin.mucderegister.smack;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of each test of one run of Smack's suite, as {@link SmackMucRun} prints them: one
 * line per test, {@value #PREFIX}, the outcome, the test's name and the reason it did not pass,
 * separated by tabs.
 */
public final class SmackOutcomes {

    /** What became of a test. */
    public enum Outcome {
        /** It passed. */
        PASSED,
        /** It failed. */
        FAILED,
        /** Smack found the server lacks something the test needs, and did not run it. */
        IMPOSSIBLE
    }

    /** One test's outcome, and why it did not pass (empty if it did). */
    public record Result(Outcome outcome, String reason) {
    }

    static final String PREFIX = "SMACK-TEST";

    private final Map<String, Result> results;

    private SmackOutcomes(Map<String, Result> results) {
        this.results = Collections.unmodifiableMap(results);
    }

    /** The line that reports a test's outcome; line breaks in the reason become spaces. */
    static String line(Outcome outcome, String test, String reason) {
        return PREFIX + '\t' + outcome + '\t' + test + '\t' + reason.replaceAll("\\s+", " ").trim();
    }

    /**
     * The outcomes among a run's output lines; other lines (Smack's own log) are ignored.
     *
     * @throws IllegalArgumentException if a test is reported twice
     */
    public static SmackOutcomes parse(List<String> lines) {
        Map<String, Result> results = new TreeMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t", 4);
            if (fields.length < 3 || !PREFIX.equals(fields[0])) {
                continue;
            }
            Result result = new Result(Outcome.valueOf(fields[1]), fields.length == 4 ? fields[3] : "");
            if (results.put(fields[2], result) != null) {
                throw new IllegalArgumentException("Reported twice: " + fields[2]);
            }
        }
        return new SmackOutcomes(results);
    }

    /** Every test with its result, by name. */
    public Map<String, Result> results() {
        return results;
    }

    /** How many tests had that outcome. */
    public long count(Outcome outcome) {
        return results.values().stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The counts, e.g. {@code 48 passed, 8 failed, 0 impossible}. */
    public String counts() {
        return count(Outcome.PASSED) + " passed, " + count(Outcome.FAILED) + " failed, "
                + count(Outcome.IMPOSSIBLE) + " impossible";
    }
}
