<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ page import="org.igniterealtime.openfire.plugin.mucderegister.admin.SettingsPage" %>
<%@ page import="org.igniterealtime.openfire.plugin.mucderegister.admin.ServiceRow" %>
<%@ page import="org.igniterealtime.openfire.plugin.mucderegister.admin.SwitchRow" %>
<%@ page import="java.util.List" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager" />
<%
    // All logic is in SettingsPage; everything it returns for the page is escaped HTML.
    webManager.init(request, response, session, application, out);
    SettingsPage settings = SettingsPage.overview(request, response, webManager);
    if (settings.isRedirect()) {
        return;
    }
    List<ServiceRow> services = settings.services();
%>
<html>
<head>
    <title><%= settings.titleHtml() %></title>
    <meta name="pageID" content="mucderegister-overview"/>
    <%@ include file="WEB-INF/mucderegister-style.jspf" %>
</head>
<body>

<p><%= settings.text("page.overview.intro") %></p>

<%@ include file="WEB-INF/mucderegister-messages.jspf" %>

<form action="<%= SettingsPage.OVERVIEW_PAGE %>" method="post" id="mucderegister-form">
    <input type="hidden" name="csrf" value="<%= settings.csrfHtml() %>">
    <div class="jive-table">
        <table class="mucderegister-switches" cellpadding="0" cellspacing="0" border="0" width="100%">
            <thead>
            <tr>
                <th nowrap><%= settings.text("overview.column.service") %></th>
                <th nowrap><%= settings.text("overview.column.description") %></th>
                <th><%= settings.text("section.switches") %></th>
            </tr>
            </thead>
            <tbody>
            <% if (services.isEmpty()) { %>
            <tr><td colspan="3"><%= settings.text("overview.none") %></td></tr>
            <% } %>
            <% for (ServiceRow service : services) { %>
            <tr class="mucderegister-service">
                <td>
                    <input type="hidden" name="<%= SettingsPage.LISTED_PARAMETER %>" value="<%= service.nameHtml() %>">
                    <b><%= service.nameHtml() %></b><br>
                    <a href="<%= service.pageUrlHtml() %>"><%= settings.text("overview.open") %></a>
                </td>
                <td><%= service.descriptionHtml() %></td>
                <td>
                    <% for (SwitchRow row : service.switches()) { %>
                    <input type="checkbox" name="<%= row.fieldHtml() %>" id="<%= row.idHtml() %>" value="true"<%= row.checkedAttribute() %>>
                    <label for="<%= row.idHtml() %>"><%= row.labelHtml() %></label>:
                    <span class="mucderegister-state" id="<%= row.idHtml() %>-state"><%= row.stateHtml() %></span><br>
                    <span class="mucderegister-explanation jive-description"><%= row.explanationHtml() %></span><br>
                    <% } %>
                </td>
            </tr>
            <% } %>
            </tbody>
        </table>
    </div>
    <br>
    <input type="submit" name="save" id="mucderegister-save" value="<%= settings.text("button.save") %>">
</form>
<br>

<%@ include file="WEB-INF/mucderegister-status.jspf" %>

</body>
</html>
