package nl.werkcentrum.app.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals (besides 401, which every operation has) an operation of our API can answer, each
 * documented as problem+json by {@link OpenApiConfiguration}: one line per operation instead of
 * a block of response annotations.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Weigeringen {

  int[] value();
}
