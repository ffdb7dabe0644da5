package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Watches the server's log (log4j 1.2 in Openfire 4.2, in this JVM) for warnings and errors that
 * concern the plugin: logged by one of its classes, or by Openfire about one of them (such as
 * InterceptorManager's "Error in interceptor" for an interceptor that threw), with or without a
 * stack trace through them. Close it when done.
 */
public final class LogWatch extends AppenderSkeleton implements AutoCloseable {

    private static final String OURS = "org.igniterealtime.openfire.plugin.mucderegister.";

    private final List<String> problems = new CopyOnWriteArrayList<>();

    private LogWatch() {
        setThreshold(Level.WARN);
    }

    /** Starts watching the log. */
    public static LogWatch start() {
        LogWatch watch = new LogWatch();
        LogManager.getRootLogger().addAppender(watch);
        return watch;
    }

    /** The warnings and errors about the plugin logged since the watch started, a line each. */
    public List<String> pluginProblems() {
        return problems.stream().collect(Collectors.toList());
    }

    @Override
    protected void append(LoggingEvent event) {
        String[] trace = event.getThrowableStrRep();
        String text = event.getLoggerName() + " " + event.getRenderedMessage()
                + (trace == null ? "" : " " + String.join(" ", trace));
        if (text.contains(OURS)) {
            problems.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getRenderedMessage());
        }
    }

    @Override
    public void close() {
        LogManager.getRootLogger().removeAppender(this);
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }
}
