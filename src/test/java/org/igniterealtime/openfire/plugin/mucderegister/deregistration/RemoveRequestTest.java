package org.igniterealtime.openfire.plugin.mucderegister.deregistration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.xmpp.packet.IQ;

class RemoveRequestTest {

    private static IQ iq(String xml) throws Exception {
        return new IQ(DocumentHelper.parseText(xml).getRootElement());
    }

    /** The query the interceptor hands over: the IQ's first child named query. */
    private static Element query(IQ iq) {
        return iq.getElement().element("query");
    }

    @Test
    void aSetWithRemoveIsARemoveRequest() throws Exception {
        IQ iq = iq("<iq type='set' to='room@conference.localhost' id='1'><query xmlns='jabber:iq:register'><remove/></query></iq>");
        assertTrue(RemoveRequest.isRemoveQuery(query(iq)));
        assertTrue(RemoveRequest.isWellFormed(iq));
    }

    @Test
    void aRegistrationFormIsNotARemoveRequest() throws Exception {
        assertFalse(RemoveRequest.isRemoveQuery(query(iq(
                "<iq type='set' to='room@conference.localhost' id='1'><query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='submit'/></query></iq>"))));
    }

    @Test
    void removeInAnotherQueryNamespaceIsNotARemoveRequest() throws Exception {
        assertFalse(RemoveRequest.isRemoveQuery(query(iq(
                "<iq type='set' to='room@conference.localhost' id='1'><query xmlns='jabber:iq:roster'><remove/></query></iq>"))));
    }

    @Test
    void aRemoveOfAnotherNamespaceIsARemoveRequestButMalformed() throws Exception {
        // Openfire's own handler would find it by its local name and cancel the registration.
        IQ iq = iq("<iq type='set' to='room@conference.localhost' id='1'><query xmlns='jabber:iq:register'><remove xmlns='urn:other'/></query></iq>");
        assertTrue(RemoveRequest.isRemoveQuery(query(iq)));
        assertFalse(RemoveRequest.isWellFormed(iq));
    }

    @Test
    void removeWithAnotherChildIsARemoveRequestButMalformed() throws Exception {
        IQ iq = iq("<iq type='set' to='room@conference.localhost' id='1'><query xmlns='jabber:iq:register'><remove/><username>juliet</username></query></iq>");
        assertTrue(RemoveRequest.isRemoveQuery(query(iq)));
        assertFalse(RemoveRequest.isWellFormed(iq));
    }

    @Test
    void twoRemovesAreMalformed() throws Exception {
        assertFalse(RemoveRequest.isWellFormed(iq(
                "<iq type='set' to='room@conference.localhost' id='1'><query xmlns='jabber:iq:register'><remove/><remove/></query></iq>")));
    }

    @Test
    void removeWithContentIsMalformed() throws Exception {
        assertFalse(RemoveRequest.isWellFormed(iq(
                "<iq type='set' to='room@conference.localhost' id='1'><query xmlns='jabber:iq:register'><remove>now</remove></query></iq>")));
        assertFalse(RemoveRequest.isWellFormed(iq(
                "<iq type='set' to='room@conference.localhost' id='1'><query xmlns='jabber:iq:register'>text<remove/></query></iq>")));
    }
}
