/**
 * The Spring Boot web layer, one sub-package per feature (PetClinic style): {@code system} now;
 * {@code session}, {@code lab}, {@code grading}, {@code course}, {@code account} and {@code api}
 * as they arrive. Only this layer may depend on Spring, JPA and the servlet API.
 */
package org.threadlab.web;
