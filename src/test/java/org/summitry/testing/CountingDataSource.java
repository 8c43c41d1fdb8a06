package org.summitry.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that counts the SQL statements executed through it and keeps their text, so a test
 * can tell one query per list from one query per row.
 */
public final class CountingDataSource implements DataSource {

  private final DataSource target;
  private final List<String> executed = Collections.synchronizedList(new ArrayList<>());

  public CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** The statements executed since the last {@link #reset()}, in order. */
  public List<String> statements() {
    synchronized (executed) {
      return List.copyOf(executed);
    }
  }

  public void reset() {
    executed.clear();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counting(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counting(target.getConnection(username, password));
  }

  private Connection counting(Connection connection) {
    return proxy(
        Connection.class,
        connection,
        (method, args, result) -> {
          if (result instanceof PreparedStatement prepared) {
            String sql = (String) args[0];
            return proxy(
                PreparedStatement.class,
                prepared,
                (m, a, r) -> {
                  if (m.getName().startsWith("execute")) {
                    executed.add(sql);
                  }
                  return r;
                });
          }
          if (result instanceof Statement statement) {
            return proxy(
                Statement.class,
                statement,
                (m, a, r) -> {
                  if (m.getName().startsWith("execute")) {
                    executed.add(a != null && a.length > 0 ? String.valueOf(a[0]) : m.getName());
                  }
                  return r;
                });
          }
          return result;
        });
  }

  private interface After {
    Object apply(Method method, Object[] args, Object result) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler =
        (self, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return after.apply(method, args, result);
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
