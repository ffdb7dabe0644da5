package org.igniterealtime.openfire.plugin.mucderegister.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The JKS stores Openfire 4.2 opens under {@code resources/security/}: an identity store
 * ({@code keystore}) and two trust stores ({@code truststore} for servers,
 * {@code client.truststore} for clients), all with Openfire's default password.
 * Without them Openfire logs an error for every connection.
 */
public final class KeyStores {

    /** Openfire's default password for all three stores. */
    public static final String PASSWORD = "changeit";

    private static final String[] FILES = {"keystore", "truststore", "client.truststore"};

    private KeyStores() {
    }

    /**
     * Writes empty stores into {@code securityDir}, replacing what is there.
     *
     * @param securityDir the home's {@code resources/security} directory
     * @throws IOException if a store cannot be written
     */
    public static void writeEmpty(Path securityDir) throws IOException {
        Files.createDirectories(securityDir);
        for (String name : FILES) {
            save(emptyStore(), securityDir.resolve(name));
        }
    }

    /**
     * Puts a self-signed RSA certificate for {@code domain} into the identity store, unless it
     * already holds a key (the certificate then survives restarts, so clients that pinned it
     * keep trusting it). Made with the BouncyCastle that Openfire bundles, without touching
     * Openfire itself: its configuration must not be read before the server starts.
     *
     * @param securityDir the home's {@code resources/security} directory
     * @param domain the XMPP domain the certificate is for
     * @return true if a certificate was generated, false if the store already had one
     * @throws IOException if the store cannot be read or written
     */
    public static boolean ensureSelfSigned(Path securityDir, String domain) throws IOException {
        Path file = securityDir.resolve("keystore");
        try {
            KeyStore store = Files.exists(file) ? load(file) : emptyStore();
            if (store.size() > 0) {
                return false;
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(keys, domain);
            // Openfire names domain keys "<domain>_rsa"; the key password is the store's.
            store.setKeyEntry(domain + "_rsa", keys.getPrivate(), PASSWORD.toCharArray(),
                    new Certificate[] {certificate});
            save(store, file);
            return true;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot create a self-signed certificate for " + domain, e);
        }
    }

    private static X509Certificate selfSigned(KeyPair keys, String domain) throws GeneralSecurityException {
        X500Name name = new X500Name("CN=" + domain);
        Date from = new Date();
        Date until = new Date(from.getTime() + TimeUnit.DAYS.toMillis(3650));
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name, BigInteger.valueOf(from.getTime()), from, until, name, keys.getPublic());
        try {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, domain)));
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot build the certificate", e);
        }
    }

    private static KeyStore emptyStore() throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException e) {
            throw new IOException("The JDK cannot create a JKS store", e);
        }
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("JKS");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static void save(KeyStore store, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot write " + file, e);
        }
    }
}
