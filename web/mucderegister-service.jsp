<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ page import="org.igniterealtime.openfire.plugin.mucderegister.admin.SettingsPage" %>
<%@ page import="org.igniterealtime.openfire.plugin.mucderegister.admin.SwitchRow" %>
<jsp:useBean id="webManager" class="org.jivesoftware.util.WebManager" />
<%
    // All logic is in SettingsPage; everything it returns for the page is escaped HTML.
    webManager.init(request, response, session, application, out);
    SettingsPage settings = SettingsPage.service(request, response, webManager);
    if (settings.isRedirect()) {
        return;
    }
%>
<html>
<head>
    <title><%= settings.titleHtml() %></title>
    <meta name="subPageID" content="mucderegister-service"/>
    <meta name="extraParams" content="<%= settings.extraParamsHtml() %>"/>
    <%@ include file="WEB-INF/mucderegister-style.jspf" %>
</head>
<body>

<p><%= settings.text("page.service.intro") %></p>

<%@ include file="WEB-INF/mucderegister-messages.jspf" %>

<% if (settings.hasContent()) { %>
<form action="<%= SettingsPage.SERVICE_PAGE %>" method="post" id="mucderegister-form">
    <input type="hidden" name="csrf" value="<%= settings.csrfHtml() %>">
    <input type="hidden" name="<%= SettingsPage.SERVICE_PARAMETER %>" value="<%= settings.serviceNameHtml() %>">
    <div class="jive-contentBoxHeader"><%= settings.switchesHeadingHtml() %></div>
    <div class="jive-contentBox">
        <table class="mucderegister-switches" cellpadding="3" cellspacing="0" border="0">
            <tbody>
            <% for (SwitchRow row : settings.switches()) { %>
            <tr>
                <td><input type="checkbox" name="<%= row.fieldHtml() %>" id="<%= row.idHtml() %>" value="true"<%= row.checkedAttribute() %>></td>
                <td>
                    <label for="<%= row.idHtml() %>"><%= row.labelHtml() %></label>:
                    <span class="mucderegister-state" id="<%= row.idHtml() %>-state"><%= row.stateHtml() %></span><br>
                    <span class="mucderegister-explanation jive-description"><%= row.explanationHtml() %></span>
                </td>
            </tr>
            <% } %>
            </tbody>
        </table>
    </div>
    <input type="submit" name="save" id="mucderegister-save" value="<%= settings.text("button.save") %>">
</form>
<br>
<% } %>

<%@ include file="WEB-INF/mucderegister-status.jspf" %>

<p><a href="<%= SettingsPage.OVERVIEW_PAGE %>"><%= settings.text("link.overview") %></a></p>

</body>
</html>
