package org.igniterealtime.openfire.plugin.mucderegister.admin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.JspFactory;

import org.apache.jasper.runtime.JspFactoryImpl;
import org.apache.tomcat.InstanceManager;
import org.apache.tomcat.SimpleInstanceManager;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.auth.AuthToken;
import org.jivesoftware.openfire.container.PluginServlet;
import org.jivesoftware.openfire.user.UserAlreadyExistsException;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.util.LocaleFilter;

/**
 * Serves the plugin's precompiled admin pages from the Openfire 4.2 running in this JVM, for
 * the demo and the tests: Openfire 4.2's own admin console is in no Maven artifact.
 *
 * <p>It is a stand-in for that console without its layout (no menus, no Openfire stylesheet),
 * built from the same parts: an embedded Jetty 9.2 (Openfire 4.2's), Openfire's own
 * {@link PluginServlet} on {@code /plugins/*}, which runs the servlets listed in the installed
 * plugin's {@code web/WEB-INF/web.xml}, loaded by Openfire's class loader for the plugin (so
 * {@code MucDeregisterPlugin.instance()} is the loaded plugin), Openfire's {@link LocaleFilter},
 * which gives the pages' {@code fmt:message} the plugin's bundle in Openfire's language, and a
 * filter that logs every visitor in as the admin account {@value #ADMIN} (an {@link AuthToken}
 * in the HTTP session, which {@code WebManager.logEvent} needs). The account is created with a
 * random password if it does not exist. There is no login: it listens on 127.0.0.1 only.
 *
 * <p>The stand-in admin plugin starts it, once per JVM, from its {@code initializePlugin}, which
 * Openfire runs before it loads any other plugin: then, as with the real console, Openfire
 * registers each plugin's pages itself when it loads (and reloads) the plugin. Tests reach the
 * running one through {@link #start(int)} with port 0.
 * Pages: {@link #overviewPage()} and {@link #servicePage(String)}.
 */
public final class AdminPageServer implements AutoCloseable {

    /** The account the pages act as. */
    public static final String ADMIN = "admin";

    /** Where Openfire's console serves plugin pages, and so does this server. */
    public static final String PLUGIN_PATH = "/plugins/mucderegister/";

    /** The overview page, in the group chat settings. */
    public static final String OVERVIEW_PAGE = "mucderegister-overview.jsp";

    /** The page of one service, in its sidebar. */
    public static final String SERVICE_PAGE = "mucderegister-service.jsp";

    // Where WebManager and AuthCheckFilter look for the signed-in admin (a literal there too).
    private static final String AUTH_TOKEN_ATTRIBUTE = "jive.admin.authToken";

    private static AdminPageServer running;

    private final Server jetty;
    private final int port;

    private AdminPageServer(Server jetty, int port) {
        this.jetty = jetty;
        this.port = port;
    }

    /**
     * Starts the page server on 127.0.0.1, or returns the one already running in this JVM
     * (Openfire's plugin servlet registry is JVM-wide, so there is one at most).
     *
     * @param port the port; 0 picks a free one
     * @return the running server
     * @throws Exception if Jetty cannot start
     * @throws IllegalStateException if Openfire is not running, or a server is already running
     *     on another port than a non-zero {@code port}
     */
    public static synchronized AdminPageServer start(int port) throws Exception {
        if (running != null) {
            if (port != 0 && port != running.port) {
                throw new IllegalStateException("The admin page server already runs on port " + running.port);
            }
            return running;
        }
        if (XMPPServer.getInstance() == null) {
            throw new IllegalStateException("Start Openfire first");
        }
        ensureAdminAccount();
        if (JspFactory.getDefaultFactory() == null) {
            JspFactory.setDefaultFactory(new JspFactoryImpl());
        }

        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("admin-pages");
        threads.setDaemon(true); // never keeps a test or demo JVM alive
        Server jetty = new Server(threads);
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        // What Openfire's console context gives precompiled pages (see its AdminConsolePlugin).
        context.setAttribute(InstanceManager.class.getName(), new SimpleInstanceManager());
        context.addFilter(new FilterHolder(new SignedInAsAdmin()), "/*", EnumSet.of(DispatcherType.REQUEST));
        // As in the console's web.xml: fmt:message on /plugins/NAME/*.jsp reads that plugin's bundle.
        context.addFilter(new FilterHolder(new LocaleFilter()), "*.jsp", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder plugins = new ServletHolder("plugins", new PluginServlet());
        plugins.setInitOrder(0); // init() at start: PluginServlet keeps its config for plugin servlets
        context.addServlet(plugins, "/plugins/*");
        jetty.setHandler(context);
        jetty.start();

        int actualPort = connector.getLocalPort();
        running = new AdminPageServer(jetty, actualPort);
        return running;
    }

    /**
     * The running page server of this JVM.
     *
     * @return it, or null if none was started
     */
    public static synchronized AdminPageServer running() {
        return running;
    }

    /**
     * The port it listens on.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * The overview of every MUC service.
     *
     * @return {@code http://127.0.0.1:PORT/plugins/mucderegister/mucderegister-overview.jsp}
     */
    public URI overviewPage() {
        return URI.create(base() + OVERVIEW_PAGE);
    }

    /**
     * The page of one MUC service.
     *
     * @param serviceName the service's (sub)domain name, such as {@code conference}
     * @return {@code http://127.0.0.1:PORT/plugins/mucderegister/mucderegister-service.jsp?mucname=...}
     */
    public URI servicePage(String serviceName) {
        try {
            return URI.create(base() + SERVICE_PAGE + "?" + "mucname="
                    + URLEncoder.encode(serviceName, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops Jetty. The plugin's servlets stay registered with Openfire, as after a console stop. */
    @Override
    public void close() throws Exception {
        synchronized (AdminPageServer.class) {
            if (running == this) {
                running = null;
            }
        }
        jetty.stop();
    }

    private String base() {
        return "http://127.0.0.1:" + port + PLUGIN_PATH;
    }

    private static void ensureAdminAccount() {
        UserManager users = UserManager.getInstance();
        if (!users.isRegisteredUser(ADMIN)) {
            try {
                users.createUser(ADMIN, UUID.randomUUID().toString(), "Administrator", null);
            } catch (UserAlreadyExistsException e) {
                // Made meanwhile: fine.
            }
        }
    }

    /** Puts the admin's token into every session, as a login to Openfire's console would. */
    private static final class SignedInAsAdmin implements Filter {
        @Override
        public void init(FilterConfig config) {
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            String path = http.getRequestURI();
            if ("/".equals(path) || PLUGIN_PATH.equals(path)) {
                ((HttpServletResponse) response).sendRedirect(PLUGIN_PATH + OVERVIEW_PAGE);
                return;
            }
            if (http.getSession().getAttribute(AUTH_TOKEN_ATTRIBUTE) == null) {
                http.getSession().setAttribute(AUTH_TOKEN_ATTRIBUTE, new AuthToken(ADMIN));
            }
            chain.doFilter(request, response);
        }

        @Override
        public void destroy() {
        }
    }
}
