package org.igniterealtime.openfire.plugin.mucderegister.smack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.igniterealtime.openfire.plugin.mucderegister.smack.SmackOutcomes.Outcome;
import org.igniterealtime.openfire.plugin.mucderegister.smack.SmackOutcomes.Result;

/**
 * Smack's suite on one server with the plugin switched on and with it switched off, test by test.
 * What counts is that the plugin breaks nothing: a test that passes with it off must pass with it
 * on. Tests that do not pass with the plugin off test what the server (Openfire 4.2.0 here) lacks,
 * not the plugin.
 *
 * <p>Some of Smack's tests race their own listeners and pass only now and then, plugin or not
 * (mucMaxUsersLimitJoinRoomTest: "This is not watertight"). So a test that passed with the plugin
 * off and failed with it on is a {@linkplain #suspects() suspect}, to be run again in both modes
 * ({@link #with}): it is broken by the plugin only if it keeps passing without it and keeps failing
 * with it.
 */
public final class PluginOnOff {

    /** What a test's outcomes say about the plugin. */
    public enum Verdict {
        /** It passed with the plugin on. */
        PASSES_WITH_THE_PLUGIN,
        /** It passed every time with the plugin off, never with it on: the plugin broke it. */
        BROKEN_BY_THE_PLUGIN,
        /** It does not pass reliably with the plugin off either: the server lacks what it tests, or the test races. */
        NOT_RELIABLE_WITHOUT_THE_PLUGIN
    }

    private final List<SmackOutcomes> on;
    private final List<SmackOutcomes> off;

    /** The outcomes of a full run with the plugin's switches on and of one with them off. */
    public PluginOnOff(SmackOutcomes on, SmackOutcomes off) {
        this(List.of(on), List.of(off));
    }

    private PluginOnOff(List<SmackOutcomes> on, List<SmackOutcomes> off) {
        this.on = on;
        this.off = off;
    }

    /** These outcomes and those of one more run in each mode (typically of the suspects only). */
    public PluginOnOff with(SmackOutcomes moreOn, SmackOutcomes moreOff) {
        List<SmackOutcomes> allOn = new ArrayList<>(on);
        allOn.add(moreOn);
        List<SmackOutcomes> allOff = new ArrayList<>(off);
        allOff.add(moreOff);
        return new PluginOnOff(allOn, allOff);
    }

    /** Every test any run reported, by name. */
    public SortedSet<String> tests() {
        SortedSet<String> tests = new TreeSet<>();
        on.forEach(run -> tests.addAll(run.results().keySet()));
        off.forEach(run -> tests.addAll(run.results().keySet()));
        return tests;
    }

    /** What the outcomes of {@code test} say. */
    public Verdict verdict(String test) {
        if (passes(on, test) > 0) {
            return Verdict.PASSES_WITH_THE_PLUGIN;
        }
        int offRuns = runs(off, test);
        return offRuns > 0 && passes(off, test) == offRuns ? Verdict.BROKEN_BY_THE_PLUGIN
                : Verdict.NOT_RELIABLE_WITHOUT_THE_PLUGIN;
    }

    /** The tests that look broken by the plugin so far, as Smack's test specifiers ({@code Class.method}). */
    public List<String> suspects() {
        return broken().stream().map(PluginOnOff::specifier).collect(Collectors.toList());
    }

    /** The outcomes of {@code test} in both modes, with the last reason it did not pass, for a report. */
    public String explain(String test) {
        return "plugin on: " + describe(on, test) + "; plugin off: " + describe(off, test);
    }

    /** The counts of the full runs, the runs again, and the tests the plugin broke, one line each. */
    public String summary() {
        List<String> broken = broken();
        return "Smack " + SmackMucRun.TEST_PACKAGE + " integration tests, plugin on:  " + on.get(0).counts() + "\n"
                + "Smack " + SmackMucRun.TEST_PACKAGE + " integration tests, plugin off: " + off.get(0).counts() + "\n"
                + (on.size() == 1 ? "" : "Suspects run again " + (on.size() - 1) + " time(s) in each mode\n")
                + "Passing with the plugin off but not with it on: " + broken.size() + (broken.isEmpty() ? "" : " " + broken);
    }

    /** {@code MultiUserChatIntegrationTest.mucTest (Normal)} → {@code MultiUserChatIntegrationTest.mucTest}. */
    static String specifier(String test) {
        int space = test.indexOf(' ');
        return space < 0 ? test : test.substring(0, space);
    }

    private List<String> broken() {
        return tests().stream().filter(t -> verdict(t) == Verdict.BROKEN_BY_THE_PLUGIN).collect(Collectors.toList());
    }

    private static int runs(List<SmackOutcomes> runs, String test) {
        return (int) runs.stream().filter(run -> run.results().containsKey(test)).count();
    }

    private static int passes(List<SmackOutcomes> runs, String test) {
        return (int) runs.stream().map(run -> run.results().get(test))
                .filter(r -> r != null && r.outcome() == Outcome.PASSED).count();
    }

    private static String describe(List<SmackOutcomes> runs, String test) {
        int ran = runs(runs, test);
        if (ran == 0) {
            return "not run";
        }
        String passed = "passed " + passes(runs, test) + " of " + ran;
        Optional<Result> lastNotPassed = runs.stream().map(run -> run.results().get(test))
                .filter(r -> r != null && r.outcome() != Outcome.PASSED).reduce((first, second) -> second);
        return lastNotPassed.map(r -> passed + ", last " + r.outcome().name().toLowerCase(Locale.ROOT)
                + (r.reason().isEmpty() ? "" : ": " + r.reason())).orElse(passed);
    }
}
