// The libFuzzer entry: every input is a pack file for PackValidator (PackXML's hardened
// loader, the XSD, the decoder and every rule). Built by scripts/fuzz/run.sh only.
import Foundation
import LessonPack

/// A fixed day, so that a crash found on one day reproduces on another.
let validator = PackValidator(today: Date(timeIntervalSince1970: 1_767_225_600))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOnePack(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let result = validator.validate(bytes: Array(UnsafeBufferPointer(start: data, count: size)), file: "fuzz.xml")
    // Formatting every diagnostic runs the code that turns positions and messages into text.
    for diagnostic in result.diagnostics { _ = diagnostic.formatted }
    return 0
}
