/** Parses a project, runs the rule recipes over it, and turns their markers into findings. */
@NullMarked
package io.github.irismigrate.engine;

import org.jspecify.annotations.NullMarked;
