extension PackChecker {
    /// The pack's ages lie within 10-18; each lesson's lie within the pack's.
    mutating func checkAges() {
        let supported = AgeRange.supported
        let packRange = pack.ageRange
        if packRange.minimum > packRange.maximum || !supported.contains(packRange) {
            report(
                .ageRange, at: packPosition(of: "age-min"),
                "the pack's age range \(packRange.minimum)-\(packRange.maximum) is not a range within "
                    + "\(supported.minimum)-\(supported.maximum)",
                fix: "set age-min and age-max between \(supported.minimum) and \(supported.maximum), "
                    + "age-min no greater than age-max")
        }
        for lesson in pack.lessons {
            guard let declared = lesson.declaredAgeRange else { continue }
            let range = AgeRange(
                minimum: declared.minimum == Int.min ? packRange.minimum : declared.minimum,
                maximum: declared.maximum == Int.max ? packRange.maximum : declared.maximum)
            let position = lesson.attributePositions["age-min"] ?? lesson.attributePositions["age-max"]
                ?? lesson.position
            if range.minimum > range.maximum || !supported.contains(range) {
                report(
                    .ageRange, at: position,
                    "the age range \(range.minimum)-\(range.maximum) of \(lesson.label) is not a range "
                        + "within \(supported.minimum)-\(supported.maximum)",
                    fix: "set age-min and age-max between \(supported.minimum) and \(supported.maximum)")
            } else if !packRange.contains(range) {
                report(
                    .lessonAgeOutsidePack, at: position,
                    "the age range \(range.minimum)-\(range.maximum) of \(lesson.label) reaches outside the "
                        + "pack's \(packRange.minimum)-\(packRange.maximum)",
                    fix: "narrow the lesson's ages, or widen the pack's")
            }
        }
    }
}
