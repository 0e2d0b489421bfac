extension PackChecker {
    /// Numbers too large to mean anything are reported, not replaced by defaults.
    mutating func checkNumbers() {
        for number in pack.unreadableNumbers {
            report(
                .numberOutOfRange, at: number.position,
                "\(number.attribute)=\"\(number.text)\" is too large to be used",
                fix: "write a value in the range docs/pack-format.md gives for '\(number.attribute)'")
        }
    }

    /// The pack's ages lie within 10-18; each lesson's lie within the pack's. Each report
    /// points at the attribute that is out of range.
    mutating func checkAges() {
        let supported = AgeRange.supported
        let packRange = pack.ageRange
        if packRange.minimum > packRange.maximum || !supported.contains(packRange) {
            let culprit = Self.culprit(minimum: packRange.minimum, maximum: packRange.maximum, allowed: supported)
            report(
                .ageRange, at: packPosition(of: culprit),
                "the pack's age range \(packRange.minimum)-\(packRange.maximum) is not a range within "
                    + "\(supported.minimum)-\(supported.maximum)",
                fix: "set age-min and age-max between \(supported.minimum) and \(supported.maximum), "
                    + "age-min no greater than age-max")
        }
        for lesson in pack.lessons where lesson.declaredMinimumAge != nil || lesson.declaredMaximumAge != nil {
            let range = lesson.ageRange(in: pack)
            let allowed = AgeRange(
                minimum: max(supported.minimum, packRange.minimum), maximum: min(supported.maximum, packRange.maximum))
            let culprit = Self.culprit(
                minimum: lesson.declaredMinimumAge, maximum: lesson.declaredMaximumAge, allowed: allowed)
            let position = lesson.attributePositions[culprit] ?? lesson.position
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

    /// The attribute to point at: the bound outside `allowed`, else (an inverted range)
    /// the minimum.
    private static func culprit(minimum: Int?, maximum: Int?, allowed: AgeRange) -> String {
        if let minimum, !allowed.contains(age: minimum) { return "age-min" }
        if let maximum, !allowed.contains(age: maximum) { return "age-max" }
        return minimum != nil ? "age-min" : "age-max"
    }
}
