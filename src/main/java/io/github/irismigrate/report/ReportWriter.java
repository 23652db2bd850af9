package io.github.irismigrate.report;

import io.github.irismigrate.engine.ScanResult;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one report format. Implementations are stateless; they must not close {@code out}. */
@FunctionalInterface
public interface ReportWriter {

    void write(ScanResult result, String toolVersion, OutputStream out) throws IOException;
}
