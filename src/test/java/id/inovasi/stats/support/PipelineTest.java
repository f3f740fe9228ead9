package id.inovasi.stats.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the real main job on a real PostgreSQL: the embedded server, started once per
 * test context in a fresh data directory, with the inbox under {@code target/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "inovasi.embedded.data-directory=target/test-pgdata/${random.uuid}",
        "inovasi.embedded.clean=true",
        "inovasi.inbox=target/test-inbox",
        "inovasi.output=target/test-out",
        "spring.main.web-application-type=none"})
public @interface PipelineTest {
}
