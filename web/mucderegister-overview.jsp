<%--
  Every MUC service with the saved state of its switches, each linking to the service's own page,
  where they are changed; and the plugin's state. Under Group Chat > Group Chat Settings.
--%>
<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ page import="java.net.URLEncoder,
                 java.util.HashMap,
                 java.util.Map,
                 java.util.TreeMap,
                 org.igniterealtime.openfire.plugin.mucderegister.settings.ServiceSettings,
                 org.igniterealtime.openfire.plugin.mucderegister.settings.Switch,
                 org.jivesoftware.openfire.muc.MultiUserChatService" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/fmt" prefix="fmt" %>
<%@ taglib uri="http://java.sun.com/jsp/jstl/functions" prefix="fn" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager" />
<% webManager.init(request, response, session, application, out); %>
<%
    Map<String, Map<String, Object>> services = new TreeMap<String, Map<String, Object>>();
    for (MultiUserChatService service : webManager.getMultiUserChatManager().getMultiUserChatServices()) {
        Map<String, Object> row = new HashMap<String, Object>();
        row.put("name", service.getServiceName());
        row.put("description", service.getDescription());
        // URL-encoded, so nothing in it needs HTML escaping.
        row.put("mucname", URLEncoder.encode(service.getServiceName(), "UTF-8"));
        row.put("on", ServiceSettings.switchesOn(service.getServiceName()));
        services.put(service.getServiceName(), row);
    }
    pageContext.setAttribute("services", services.values());
    pageContext.setAttribute("switches", Switch.values());
%>
<html>
<head>
    <title><fmt:message key="page.overview.title"/></title>
    <meta name="pageID" content="mucderegister-overview"/>
</head>
<body>

<p><fmt:message key="page.overview.intro"/></p>

<div class="jive-table">
    <table cellpadding="0" cellspacing="0" border="0" width="100%" id="mucderegister-services">
        <thead>
        <tr>
            <th nowrap><fmt:message key="overview.column.service"/></th>
            <th nowrap><fmt:message key="overview.column.description"/></th>
            <c:forEach items="${switches}" var="which">
            <th nowrap><fmt:message key="switch.${fn:toLowerCase(which)}.column"/></th>
            </c:forEach>
        </tr>
        </thead>
        <tbody>
        <c:forEach items="${services}" var="service" varStatus="row">
        <tr class="${row.index % 2 == 0 ? 'jive-even' : 'jive-odd'}">
            <td><a href="mucderegister-service.jsp?mucname=${service.mucname}"><c:out value="${service.name}"/></a></td>
            <td><c:out value="${service.description}"/></td>
            <c:forEach items="${switches}" var="which">
            <td id="${fn:escapeXml(service.name)}-${fn:toLowerCase(which)}"><fmt:message key="switch.state.${service.on.contains(which) ? 'on' : 'off'}"/></td>
            </c:forEach>
        </tr>
        </c:forEach>
        <c:if test="${empty services}">
        <tr><td colspan="${2 + fn:length(switches)}"><fmt:message key="overview.none"/></td></tr>
        </c:if>
        </tbody>
    </table>
</div>
<br>

<%@ include file="WEB-INF/mucderegister-status.jspf" %>

</body>
</html>
