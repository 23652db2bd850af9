/**
 * Analysis shared by the recipes: assembling the text a piece of code stands for (literals, constants,
 * concatenation, format templates, builder chains, config values), and knowing whether it talks to the
 * Dashboard API.
 */
@NullMarked
package io.github.irismigrate.analysis;

import org.jspecify.annotations.NullMarked;
