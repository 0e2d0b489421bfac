/// Placeholder until written: see the brief.
public enum XAPIExport {
    public static func write(_ context: ExportContext, homePage: String, to sink: ExportSink) throws {
        try sink.write("[]\n")
        try sink.flush()
    }
}
