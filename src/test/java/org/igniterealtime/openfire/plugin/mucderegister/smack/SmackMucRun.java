package org.igniterealtime.openfire.plugin.mucderegister.smack;

import org.igniterealtime.smack.inttest.Configuration;
import org.igniterealtime.smack.inttest.FailedTest;
import org.igniterealtime.smack.inttest.SmackIntegrationTestFramework;
import org.igniterealtime.smack.inttest.SmackIntegrationTestFramework.ConcreteTest;
import org.igniterealtime.smack.inttest.SmackIntegrationTestFramework.TestRunResult;
import org.igniterealtime.smack.inttest.SuccessfulTest;
import org.igniterealtime.smack.inttest.TestNotPossible;
import org.igniterealtime.smack.inttest.XmppConnectionDescriptor;
import org.igniterealtime.smack.inttest.XmppConnectionManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.iqregister.AccountManager;

/**
 * The {@code main} of the JVM that runs Smack's Multi-User Chat integration tests (package
 * {@value #TEST_PACKAGE} of {@code smack-integration-test}, the conformance suite Openfire itself
 * runs) against an XMPP server, and prints one {@link SmackOutcomes} line per test.
 *
 * <p>Arguments: host, port, XMPP domain, and optionally the tests to run, comma-separated, as
 * Smack names them ({@code MultiUserChatIntegrationTest.mucTest}). Clients log in over plain TCP; the framework registers
 * its own accounts in band (XEP-0077) and deletes them at the end. Smack's framework takes no
 * port, so its connections come from a connection descriptor of our own that sets host and port.
 */
public final class SmackMucRun {

    /** The package of Smack's Multi-User Chat tests. */
    static final String TEST_PACKAGE = "org.jivesoftware.smackx.muc";

    /** How long Smack waits for a reply or an expected stanza, in milliseconds. */
    static final int REPLY_TIMEOUT_MILLIS = 10_000;

    private static final String CONNECTION = "test-server";

    private SmackMucRun() {
    }

    /**
     * Runs the tests and exits.
     *
     * @param args host, port, XMPP domain[, tests]
     * @throws Exception if the framework cannot run at all (no test outcome then)
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: SmackMucRun HOST PORT DOMAIN [Class.method,...]");
            System.exit(2);
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        // The test server offers no TLS; registering an account in band is safe on loopback.
        AccountManager.sensitiveOperationOverInsecureConnectionDefault(true);
        XmppConnectionManager.addConnectionDescriptor(XmppConnectionDescriptor
                .buildWith(XMPPTCPConnection.class, XMPPTCPConnectionConfiguration.class,
                        XMPPTCPConnectionConfiguration.Builder.class)
                .withNickname(CONNECTION)
                .applyExtraConfiguration(builder -> builder.setHost(host).setPort(port))
                .build());
        Configuration configuration = Configuration.builder()
                .setService(args[2])
                .setSecurityMode("disabled")
                .setDefaultConnection(CONNECTION)
                .setEnabledConnections(CONNECTION)
                .addTestPackage(TEST_PACKAGE)
                .setEnabledTests(args.length == 4 ? args[3] : null)
                .setReplyTimeout(Integer.toString(REPLY_TIMEOUT_MILLIS))
                .build();
        print(new SmackIntegrationTestFramework(configuration).run());
        System.out.flush();
        // Smack leaves non-daemon threads behind.
        System.exit(0);
    }

    private static void print(TestRunResult result) {
        for (SuccessfulTest test : result.getSuccessfulTests()) {
            System.out.println(SmackOutcomes.line(SmackOutcomes.Outcome.PASSED, name(test.concreteTest), ""));
        }
        for (FailedTest test : result.getFailedTests()) {
            System.out.println(SmackOutcomes.line(SmackOutcomes.Outcome.FAILED, name(test.concreteTest),
                    String.valueOf(test.failureReason)));
        }
        for (TestNotPossible test : result.getNotPossibleTests()) {
            System.out.println(SmackOutcomes.line(SmackOutcomes.Outcome.IMPOSSIBLE, name(test.concreteTest),
                    test.testNotPossibleException.getMessage()));
        }
        result.getImpossibleTestClasses().forEach((testClass, reason) -> System.out.println(SmackOutcomes.line(
                SmackOutcomes.Outcome.IMPOSSIBLE, testClass.getSimpleName() + " (every test)", String.valueOf(reason))));
    }

    /** Smack's own name of a test, e.g. {@code MultiUserChatIntegrationTest.mucTest (Normal)}. */
    private static String name(ConcreteTest test) {
        return test.toString();
    }
}
