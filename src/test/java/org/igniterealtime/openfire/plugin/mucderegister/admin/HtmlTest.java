package org.igniterealtime.openfire.plugin.mucderegister.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEveryCharacterThatCouldOpenMarkupOrLeaveAnAttribute() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void leavesPlainTextAsItIs() {
        String plain = "conference \u00e9\u00e8 \u00a77.10";
        assertSame(plain, Html.escape(plain));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Html.escape(null));
    }

    @Test
    void encodesQueryParameters() {
        assertEquals("a+b%26c%3D%3Cd%3E", Html.urlParameter("a b&c=<d>"));
    }
}
