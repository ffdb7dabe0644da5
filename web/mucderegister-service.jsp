<%--
  The switches of one MUC service, in that service's "Service Options" sidebar. A POST with the
  CSRF token sets each switch as posted (an unticked checkbox posts nothing: off), logs each real
  change in the audit log and redirects to the page (post/redirect/get).
--%>
<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ page import="java.net.URLEncoder,
                 java.util.Locale,
                 org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings,
                 org.igniterealtime.openfire.plugin.mucderegister.settings.Switch,
                 org.jivesoftware.util.CookieUtils,
                 org.jivesoftware.util.ParamUtils,
                 org.jivesoftware.util.StringUtils" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt" prefix="fmt" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/functions" prefix="fn" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager" />
<% webManager.init(request, response, session, application, out); %>
<%
    String mucname = ParamUtils.getParameter(request, "mucname");
    boolean exists = mucname != null && webManager.getMultiUserChatManager().getMultiUserChatService(mucname) != null;
    boolean post = "POST".equals(request.getMethod());
    Cookie csrfCookie = CookieUtils.getCookie(request, "csrf");
    String csrfParam = ParamUtils.getParameter(request, "csrf");
    boolean csrfFailed = post && (csrfCookie == null || csrfParam == null || !csrfCookie.getValue().equals(csrfParam));

    if (post && !csrfFailed && exists) {
        for (Switch which : Switch.values()) {
            boolean on = ParamUtils.getBooleanParameter(request, which.name().toLowerCase(Locale.ROOT));
            if (on != ServiceSettings.isOnForService(which, mucname)) {
                ServiceSettings.set(which, mucname, on);
                webManager.logEvent("MUC deregistration plugin: set " + which.property() + " to " + on
                        + " for MUC service " + mucname, null);
            }
        }
        response.sendRedirect("mucderegister-service.jsp?mucname=" + URLEncoder.encode(mucname, "UTF-8") + "&success=true");
        return;
    }

    csrfParam = StringUtils.randomString(15);
    CookieUtils.setCookie(request, response, "csrf", csrfParam, -1);
    pageContext.setAttribute("csrf", csrfParam);
    pageContext.setAttribute("csrfFailed", csrfFailed);
    pageContext.setAttribute("mucname", mucname);
    // For the sidebar's links; URL-encoded, so nothing in it needs HTML escaping.
    pageContext.setAttribute("extraParams", mucname == null ? "" : "mucname=" + URLEncoder.encode(mucname, "UTF-8"));
    pageContext.setAttribute("switches", Switch.values());
    pageContext.setAttribute("on", exists ? ServiceSettings.switchesOn(mucname) : null);
%>
<html>
<head>
    <title><c:choose>
        <c:when test="${empty on}"><fmt:message key="page.service.title"/></c:when>
        <c:otherwise><fmt:message key="page.service.heading"><fmt:param value="${fn:escapeXml(mucname)}"/></fmt:message></c:otherwise>
    </c:choose></title>
    <meta name="subPageID" content="mucderegister-service"/>
    <meta name="extraParams" content="${extraParams}"/>
</head>
<body>

<p><fmt:message key="page.service.intro"/></p>

<c:choose>
    <c:when test="${csrfFailed}">
        <div class="error" id="mucderegister-error" role="alert"><fmt:message key="message.csrf"/></div>
    </c:when>
    <c:when test="${empty mucname}">
        <div class="error" id="mucderegister-error" role="alert"><fmt:message key="message.no-service"/></div>
    </c:when>
    <c:when test="${empty on}">
        <div class="error" id="mucderegister-error" role="alert"><fmt:message key="message.unknown-service"><fmt:param value="${fn:escapeXml(mucname)}"/></fmt:message></div>
    </c:when>
    <c:when test="${param.success == 'true'}">
        <div class="success" id="mucderegister-success" role="status"><fmt:message key="message.saved"/></div>
    </c:when>
</c:choose>

<c:if test="${not empty on}">
<form action="mucderegister-service.jsp" method="post" id="mucderegister-form">
    <input type="hidden" name="csrf" value="${csrf}">
    <input type="hidden" name="mucname" value="${fn:escapeXml(mucname)}">
    <div class="jive-contentBoxHeader"><fmt:message key="section.service-switches"><fmt:param value="${fn:escapeXml(mucname)}"/></fmt:message></div>
    <div class="jive-contentBox">
        <table cellpadding="3" cellspacing="0" border="0">
            <c:forEach items="${switches}" var="which">
            <c:set var="key" value="${fn:toLowerCase(which)}"/>
            <tr>
                <td valign="top"><input type="checkbox" name="${key}" id="${key}" value="true"${on.contains(which) ? ' checked' : ''}></td>
                <td>
                    <label for="${key}" id="${key}-label"><fmt:message key="switch.${key}.label"/></label><br>
                    <span class="jive-description"><fmt:message key="switch.${key}.explanation"/></span>
                </td>
            </tr>
            </c:forEach>
        </table>
    </div>
    <input type="submit" name="save" id="mucderegister-save" value="<fmt:message key="button.save"/>">
</form>
<br>
</c:if>

<%@ include file="WEB-INF/mucderegister-status.jspf" %>

<p><a href="mucderegister-overview.jsp"><fmt:message key="link.overview"/></a></p>

</body>
</html>
