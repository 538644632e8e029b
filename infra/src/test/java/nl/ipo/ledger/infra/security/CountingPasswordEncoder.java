package nl.ipo.ledger.infra.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Counts the ledger's password checks (bcrypt runs), to show when none or only one ran. */
@TestConfiguration(proxyBeanMethods = false)
class CountingPasswordEncoder {

  /** How many times a presented password was checked against a stored hash. */
  static final class Checks {
    private final AtomicInteger count = new AtomicInteger();

    int count() {
      return count.get();
    }
  }

  @Bean
  static Checks passwordChecks() {
    return new Checks();
  }

  @Bean
  static BeanPostProcessor countPasswordChecks(Checks checks) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PasswordEncoder encoder) {
          return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
              return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
              checks.count.incrementAndGet();
              return encoder.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
              return encoder.upgradeEncoding(encoded);
            }
          };
        }
        return bean;
      }
    };
  }
}
