package nl.werkcentrum.app.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A request whose body a filter read to check it; the engine REST API reads it again afterwards.
 * A filter may also hand on a rewritten body ({@link #metBody}); the length the client declared then
 * no longer holds, so this wrapper answers with the length of the body it really carries.
 */
public final class GelezenVerzoek extends HttpServletRequestWrapper {

  private final byte[] body;

  public GelezenVerzoek(HttpServletRequest request) throws IOException {
    this(request, request.getInputStream().readAllBytes());
  }

  private GelezenVerzoek(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** The same request with another body, e.g. without the fields a filter took out. */
  public GelezenVerzoek metBody(byte[] nieuw) {
    return new GelezenVerzoek((HttpServletRequest) getRequest(), nieuw);
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public String getHeader(String name) {
    return "Content-Length".equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    return "Content-Length".equalsIgnoreCase(name)
        ? Collections.enumeration(List.of(String.valueOf(body.length))) : super.getHeaders(name);
  }

  public byte[] body() {
    return body;
  }

  @Override
  public ServletInputStream getInputStream() {
    var in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("synchronous reads only");
      }

      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
  }
}
