package io.jupyterkit.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of a local server (HTTP and WebSocket pass through unchanged) that can lose the
 * network on demand: {@link #dropConnections()} resets every open connection at once, {@link #silenceConnections()}
 * makes them carry nothing without closing them, {@link #refuse()} stops
 * listening so new connections are refused until {@link #accept()}. The port stays the same throughout.
 */
public final class DroppingProxy implements AutoCloseable {
  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  /** Open sockets whose bytes are swallowed (see {@link #silenceConnections()}). */
  private final Set<Socket> silenced = ConcurrentHashMap.newKeySet();
  private ServerSocket listener;
  private boolean closed;

  private DroppingProxy(int targetPort, int port) {
    this.targetPort = targetPort;
    this.port = port;
  }

  /** Starts listening on a free loopback port, forwarding to 127.0.0.1:{@code targetPort}. */
  public static DroppingProxy start(int targetPort) throws IOException {
    ServerSocket listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    DroppingProxy proxy = new DroppingProxy(targetPort, listener.getLocalPort());
    proxy.listen(listener);
    return proxy;
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  public int port() {
    return port;
  }

  /** How many client connections are open through the proxy now. */
  public int openConnections() {
    return open.size() / 2;
  }

  /** Resets (TCP RST) every open connection on both sides at once, as a lost network eventually does. */
  public void dropConnections() {
    List<Socket> sockets = new ArrayList<>(open);
    for (Socket socket : sockets) {
      reset(socket);
    }
  }

  /**
   * The connections open now stop carrying anything, either way, but stay open, as a network that fails without
   * a reset: neither end hears of it. New connections work.
   */
  public void silenceConnections() {
    silenced.addAll(open);
  }

  /** Stops listening: new connections are refused until {@link #accept()}; open ones are left alone. */
  public synchronized void refuse() throws IOException {
    if (listener != null) {
      listener.close();
      listener = null;
    }
  }

  /** Listens again on the same port after {@link #refuse()}. */
  public synchronized void accept() throws IOException {
    if (listener != null || closed) {
      return;
    }
    ServerSocket again = new ServerSocket();
    again.setReuseAddress(true);
    again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    listen(again);
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    refuse();
    dropConnections();
  }

  private synchronized void listen(ServerSocket socket) {
    listener = socket;
    Thread acceptor = new Thread(() -> {
      while (true) {
        Socket client;
        try {
          client = socket.accept();
        } catch (IOException e) {
          return;
        }
        connect(client);
      }
    }, "dropping-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void connect(Socket client) {
    Socket server;
    try {
      server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
    } catch (IOException e) {
      reset(client);
      return;
    }
    for (Socket socket : List.of(client, server)) {
      try {
        socket.setTcpNoDelay(true);
      } catch (SocketException e) {
        // Only latency: pass through regardless.
      }
      open.add(socket);
    }
    AtomicInteger directionsOpen = new AtomicInteger(2);
    pump(client, server, directionsOpen);
    pump(server, client, directionsOpen);
  }

  /** Copies one direction; an end of stream is passed on as a half-close, a failure resets both sides. */
  private void pump(Socket from, Socket to, AtomicInteger directionsOpen) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[64 * 1024];
      try {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        for (int read; (read = in.read(buffer)) >= 0; ) {
          if (!silenced.contains(from)) {
            out.write(buffer, 0, read);
            out.flush();
          }
        }
        to.shutdownOutput();
        if (directionsOpen.decrementAndGet() > 0) {
          return;
        }
      } catch (IOException e) {
        // A reset or closed side ends the connection: reset the other side too, as a lost network would.
      }
      reset(from);
      reset(to);
    }, "dropping-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void reset(Socket socket) {
    open.remove(socket);
    silenced.remove(socket);
    try {
      socket.setSoLinger(true, 0);
    } catch (SocketException alreadyClosed) {
      // Closing below is all that is left to do.
    }
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }
}
