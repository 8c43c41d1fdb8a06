package org.summitry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on loopback between the app and a real server (PostgreSQL), which a test can cut and
 * mend: {@link #cut()} closes every connection and refuses new ones, as a stopped or unreachable
 * database does; {@link #mend()} lets connections through again on the same port.
 */
public final class TcpRelay implements AutoCloseable {

  private final InetSocketAddress target;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listening;

  public TcpRelay(String host, int targetPort) throws IOException {
    this.target = new InetSocketAddress(host, targetPort);
    ServerSocket first = listen(0);
    this.port = first.getLocalPort();
    start(first);
  }

  public int port() {
    return port;
  }

  /** Closes every relayed connection and the listening port. */
  public synchronized void cut() throws IOException {
    ServerSocket server = listening;
    listening = null;
    if (server != null) {
      server.close();
    }
    for (Socket socket : open) {
      socket.close();
    }
    open.clear();
  }

  /** Listens again on the same port. */
  public synchronized void mend() throws IOException {
    if (listening == null) {
      start(listen(port));
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return server;
  }

  private void start(ServerSocket server) {
    listening = server;
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket client = server.accept();
                  Socket upstream = new Socket();
                  upstream.connect(target, 5_000);
                  open.add(client);
                  open.add(upstream);
                  pump(client, upstream);
                  pump(upstream, client);
                } catch (IOException stopped) {
                  // the listening socket was closed by cut(), or one connection failed
                }
              }
            },
            "relay-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void pump(Socket from, Socket to) {
    Thread copy =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException closed) {
                // either side went away
              } finally {
                try {
                  from.close();
                  to.close();
                } catch (IOException ignored) {
                  // already closed
                }
                open.remove(from);
                open.remove(to);
              }
            },
            "relay-copy");
    copy.setDaemon(true);
    copy.start();
  }
}
