package org.igniterealtime.openfire.plugin.mucderegister.admin;

/** One switch as a page shows it: a checkbox, its label, explanation and current value. */
public final class SwitchRow {
    private final String field;
    private final String id;
    private final boolean on;
    private final String labelHtml;
    private final String explanationHtml;
    private final String stateHtml;

    SwitchRow(String field, String id, boolean on, String labelHtml, String explanationHtml, String stateHtml) {
        this.field = field;
        this.id = id;
        this.on = on;
        this.labelHtml = labelHtml;
        this.explanationHtml = explanationHtml;
        this.stateHtml = stateHtml;
    }

    /** @return the checkbox's name, as HTML */
    public String fieldHtml() {
        return Html.escape(field);
    }

    /** @return the checkbox's element id, as HTML */
    public String idHtml() {
        return Html.escape(id);
    }

    /** @return whether the switch is on now */
    public boolean on() {
        return on;
    }

    /** @return {@code " checked"} when on, else empty: for the checkbox */
    public String checkedAttribute() {
        return on ? " checked" : "";
    }

    /** @return what the switch does, in a few words, as HTML */
    public String labelHtml() {
        return labelHtml;
    }

    /** @return what the switch does, in one line, as HTML */
    public String explanationHtml() {
        return explanationHtml;
    }

    /** @return the current value in words (On/Off), as HTML */
    public String stateHtml() {
        return stateHtml;
    }
}
