/// Placeholder until written: see the brief.
public enum CSVExport {
    public static func write(_ context: ExportContext, to sink: ExportSink) throws {
        try sink.flush()
    }
}
