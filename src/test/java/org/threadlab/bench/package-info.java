/**
 * JMH benchmarks, run by {@code ./mvnw -B -Pbench verify} and never by Surefire.
 * Each class measures one operation; results go in the README's Performance section.
 */
package org.threadlab.bench;
