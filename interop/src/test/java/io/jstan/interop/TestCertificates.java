package io.jstan.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away CA with a server and a client certificate, made with the JDK's {@code keytool}
 * when a test needs them, and written as PEM files the server can load.
 */
public final class TestCertificates {

  private static final char[] PASSWORD = "changeit".toCharArray();

  public final Path caCert;
  public final Path serverCert;
  public final Path serverKey;
  /** The client certificate and key, for a server that itself connects as a TLS client. */
  public final Path clientCert;
  public final Path clientKey;
  private final X509Certificate ca;
  private final PrivateKey clientPrivateKey;
  private final X509Certificate client;

  private TestCertificates(Path dir) throws Exception {
    keytool(dir, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=jstan test CA", "-ext", "bc:c", "-validity", "2", "-keystore", "ca.p12");
    ca = (X509Certificate) load(dir.resolve("ca.p12")).getCertificate("ca");
    caCert = writePem(dir.resolve("ca.pem"), "CERTIFICATE", ca.getEncoded());

    serverKey = issue(dir, "server", "CN=127.0.0.1", "san=ip:127.0.0.1,dns:localhost", "eku=serverAuth");
    serverCert = dir.resolve("server.pem");

    clientKey = issue(dir, "client", "CN=jstan test client", null, "eku=clientAuth");
    clientCert = dir.resolve("client.pem");
    clientPrivateKey = (PrivateKey) load(dir.resolve("client.p12")).getKey("client", PASSWORD);
    client = readCert(clientCert);
  }

  /** Makes a fresh set of certificates under {@code dir}. */
  public static TestCertificates create(Path dir) {
    try {
      Files.createDirectories(dir);
      return new TestCertificates(dir);
    } catch (Exception e) {
      throw new IllegalStateException("cannot make test certificates in " + dir, e);
    }
  }

  /** Client context trusting the test CA, without a client certificate. */
  public SSLContext trustingContext() throws Exception {
    return context(false);
  }

  /** Client context trusting the test CA and presenting the CA-signed client certificate. */
  public SSLContext clientCertContext() throws Exception {
    return context(true);
  }

  private SSLContext context(boolean withClientCert) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", ca);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);

    KeyManagerFactory kmf = null;
    if (withClientCert) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry("client", clientPrivateKey, PASSWORD, new Certificate[] {client, ca});
      kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, PASSWORD);
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return context;
  }

  /** Makes a key pair named {@code alias}, has the CA sign it, and writes {@code alias.pem} and its key PEM. */
  private static Path issue(Path dir, String alias, String dname, String san, String eku) throws Exception {
    keytool(dir, "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", dname, "-validity", "2", "-keystore", alias + ".p12");
    keytool(dir, "-certreq", "-alias", alias, "-keystore", alias + ".p12", "-file", alias + ".csr");
    List<String> gencert = new ArrayList<>(List.of("-gencert", "-alias", "ca", "-keystore", "ca.p12",
        "-infile", alias + ".csr", "-outfile", alias + ".pem", "-rfc", "-validity", "2", "-ext", eku));
    if (san != null) {
      gencert.addAll(List.of("-ext", san));
    }
    keytool(dir, gencert.toArray(String[]::new));
    PrivateKey key = (PrivateKey) load(dir.resolve(alias + ".p12")).getKey(alias, PASSWORD);
    return writePem(dir.resolve(alias + "-key.pem"), "PRIVATE KEY", key.getEncoded());
  }

  private static void keytool(Path dir, String... args) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    // Quick JVM start-up: keytool does little work.
    List<String> command = new ArrayList<>(List.of(keytool.toString(),
        "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-Xshare:auto"));
    command.addAll(List.of(args));
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-noprompt"));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("keytool timed out: " + command);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + command + "\n" + new String(output));
    }
  }

  private static KeyStore load(Path file) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD);
    }
    return store;
  }

  private static X509Certificate readCert(Path pem) throws Exception {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private static Path writePem(Path file, String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    try {
      return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
