/** Thin Maven mojos over the engine and the reports: check, fix, baseline. */
@NullMarked
package io.github.irismigrate.maven;

import org.jspecify.annotations.NullMarked;
