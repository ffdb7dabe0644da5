package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dom4j.DocumentHelper;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.IQ;

/** RFC 6120 §8.2.3: an IQ set carries exactly one payload; a second one makes the request malformed. */
class RemoveRequestPayloadTest {

    @Test
    void aSecondPayloadBesideTheQueryIsMalformed() throws Exception {
        for (String payloads : new String[] {
            "<x xmlns='urn:example:other'/><query xmlns='jabber:iq:register'><remove/></query>",
            "<query xmlns='jabber:iq:register'><remove/></query><x xmlns='urn:example:other'/>",
            "<query xmlns='jabber:iq:register'><remove/></query><query xmlns='jabber:iq:register'><remove/></query>",
        }) {
            IQ iq = new IQ(DocumentHelper.parseText("<iq type='set' to='room@conference.localhost' id='1'>" + payloads
                    + "</iq>").getRootElement());
            assertTrue(RemoveRequest.isRemoveQuery(iq.getElement().element("query")), payloads);
            assertFalse(RemoveRequest.isWellFormed(iq), payloads);
        }
    }
}
