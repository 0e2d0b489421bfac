extension ReportWords {
    static var english: ReportWords {
        ReportWords(
            reportTitle: "Cohort report",
            contents: "Contents",
            pack: "Pack",
            version: "version",
            firstActivity: "First activity",
            lastActivity: "Last activity",
            reportMade: "Report made",
            learnersEnrolled: "Learners enrolled",
            learnersStarted: "Learners who started (at least one attempt)",
            tooSmall: { least in
                "Fewer than \(least) learners started: the group is too small to report safely without "
                    + "identifying someone. Charts of single learners, score distributions and answer counts are not shown."
            },
            otherVersions: "Attempts made with another version of the pack (left out)",
            tableOfChart: "The figures of this chart as a table",
            howToRead: "How to read this",
            undefined: "undefined",
            none: "none",
            participation: "Participation and completion",
            lessonColumn: "Lesson or test",
            kindColumn: "Kind",
            kinds: ["lesson": "lesson", "pre-test": "pre-test", "post-test": "post-test", "survey": "survey"],
            startedColumn: "Learners who started",
            finishedColumn: "Learners who finished",
            meanScoreColumn: "Mean score (first finished attempt)",
            chanceColumn: "Score expected by answering at random",
            passRateColumn: "Passed (any attempt), of those who finished",
            participationHow:
                "Each row counts learners, not attempts. The mean score is of each learner's first finished attempt; "
                + "the pass rate is the share of the learners who finished who passed in any of their attempts. "
                + "Compare a test's mean score with the score expected by answering at random.",
            gain: "Pre-test and post-test",
            gainWhich: "Each learner's first pre-test and last post-test; only learners who finished both.",
            gainLearners: "Learners with both tests",
            meanPre: "Mean score, first pre-test",
            meanPost: "Mean score, last post-test",
            cohortGain: "Normalised gain of the cohort (Hake)",
            meanLearnerGain: "Mean of the learners' normalised gains",
            learnersWithGain: "Learners with a normalised gain (pre-test below 100 %)",
            effectSize: "Effect size d_z",
            effectSizeInterval: "95 % confidence interval of d_z",
            noGain: "No learner has finished both the pre-test and the post-test yet.",
            tooFewPairs: { least in
                "Fewer than \(least) learners have both tests: the chart of single learners is not shown."
            },
            pairsTitle: "Each learner's score: first pre-test, last post-test",
            pairsDescription: { count, pre, post in
                "A slope chart of \(count) learners: each line joins one learner's first pre-test score (left) "
                    + "to their last post-test score (right), from 0 % to 100 %. Mean pre-test \(pre), mean post-test \(post)."
            },
            preAxis: "First pre-test",
            postAxis: "Last post-test",
            wentUp: "went up or stayed the same (solid line)",
            wentDown: "went down (dashed line)",
            meanLine: "mean of all learners (thick line)",
            preColumn: "First pre-test score",
            postColumn: "Last post-test score",
            changeColumn: "Change (percentage points)",
            pairsHow:
                "Each thin line is one learner. A line that climbs to the right is a learner who scored higher on the "
                + "post-test; a dashed line is one who scored lower. The thick line joins the two means. Many lines "
                + "drawn on top of each other look darker.",
            objectives: "Mastery per objective",
            objectivesTitle: "Mastery of each objective, pre-test and post-test",
            objectivesDescription:
                "Bars of the points learners earned on each objective's items, as a share of the points possible, "
                + "in the first pre-test (light bar) and the post-test (dark bar).",
            objectiveColumn: "Objective",
            preMasteryColumn: "Pre-test: points earned of points possible (first finished attempt)",
            postMasteryColumn: "Post-test: points earned of points possible (first finished attempt)",
            preLegend: "pre-test (light bar)",
            postLegend: "post-test (dark bar)",
            noObjectives: "No finished pre-test or post-test yet.",
            objectivesHow:
                "Each pair of bars is one objective of the pack. A bar is the points all learners earned on the "
                + "objective's items in their first finished attempt, divided by the points those items could give. "
                + "A dark bar longer than the light one means the objective was better mastered after the lessons.",
            attitudes: "Attitude change",
            attitudesTitle: "Change in each attitude construct, after minus before, with its 95 % confidence interval",
            attitudesDescription:
                "For each construct a dot at the mean change of the learners who answered the survey before and after, "
                + "and a line across its 95 % confidence interval; the vertical line is no change.",
            constructColumn: "Construct",
            beforeColumn: "Mean before (everyone who answered)",
            afterColumn: "Mean after (everyone who answered)",
            pairedColumn: "Learners who answered before and after",
            changeMeanColumn: "Mean change, after minus before (scale points)",
            changeIntervalColumn: "95 % confidence interval of the change",
            noChange: "no change",
            noAttitudes: "No survey answers yet.",
            attitudesHow:
                "A dot right of the middle line means the learners agreed more after the lessons (reversed items are "
                + "already turned round). When the whisker crosses the middle line, the change could be chance. "
                + "The change is of the learners who answered both surveys; the means before and after are of everyone.",
            items: "Item analysis",
            itemsOf: "Test analysed item by item (first finished attempt)",
            itemsLearners: "Learners in the analysis",
            itemColumn: "Item",
            questionColumn: "Question",
            facilityColumn: "Facility (mean share of the item's points scored)",
            discriminationColumn: "Discrimination (correlation with the rest of the test)",
            flagsColumn: "Flags",
            itemFlags: [
                "tooHard": "too hard (facility under 20 %)", "tooEasy": "too easy (facility over 90 %)",
                "lowDiscrimination": "low discrimination (under 0.2)",
                "discriminationUndefined": "discrimination cannot be computed",
            ],
            cronbachAlpha: "Cronbach's alpha of the test",
            standardError: "Standard error of the total (points)",
            noItems: "No finished test yet.",
            itemsHow:
                "Flagged items come first, then the items with the lowest discrimination. An item with a low or "
                + "negative discrimination was answered as well by learners who did poorly on the rest of the test as by "
                + "those who did well: read it again for an unclear wording or a wrong key.",
            optionsTitle: { item in "Answers chosen in item \(item)" },
            optionsDescription: { item, answered in
                "Bars of the share of the \(answered) learners who answered item \(item) who chose each option; "
                    + "the right answer is marked “key”."
            },
            optionColumn: "Option",
            answerColumn: "Answer text",
            keyColumn: "Right answer",
            key: "key",
            chosenColumn: "Learners who chose it",
            shareColumn: "Share of those who answered",
            topColumn: "Chosen in the top third",
            bottomColumn: "Chosen in the bottom third",
            optionFlagsColumn: "Flags",
            optionFlags: [
                "nonFunctioning": "hardly anyone chose this wrong answer",
                "attractsTopThird": "this wrong answer drew more of the top third than of the bottom third",
                "keyLessChosen": "a wrong answer was chosen more often than this right one",
            ],
            answeredSkipped: "Learners who answered",
            skipped: "skipped",
            multiple: "Several options may be chosen: the shares can add up to more than 100 %.",
            trueWord: "true",
            falseWord: "false",
            optionsTooSmall: { least in "Fewer than \(least) learners took the test: no answer counts are shown." },
            optionsHow:
                "Each bar is the share of the learners who answered who chose that option; the key is marked "
                + "“key” and drawn dark. The top and bottom thirds are the learners with the highest and the lowest "
                + "totals on the test. A wrong answer that draws the top third more than the bottom third needs a look.",
            definitions: "Definitions",
            terms: [
                (
                    "Normalised gain (Hake)",
                    "The share of the possible improvement achieved: (post − pre) / (100 − pre), with scores in percent. "
                        + "The cohort's gain uses the two means; a learner's gain uses their own scores and is undefined "
                        + "for a learner who scored 100 % before. The mean of learners' gains is usually close to the "
                        + "cohort's gain but not equal to it."
                ),
                (
                    "Effect size d_z",
                    "The mean of the learners' changes (post − pre) divided by the standard deviation of those changes "
                        + "(Cohen's d_z, Lakens 2013). Undefined with fewer than two learners or when every learner "
                        + "changed by the same amount. Its 95 % confidence interval is exact (noncentral t) and need not be "
                        + "symmetric."
                ),
                (
                    "Facility",
                    "The mean score on an item as a share of its maximum, shown in percent: 75 % means learners scored "
                        + "three quarters of the item's points on average. Flagged under 20 % (too hard) and over 90 % "
                        + "(too easy)."
                ),
                (
                    "Discrimination",
                    "The correlation between the score on an item and the score on the rest of the test, from −1 to 1. "
                        + "Flagged under 0.2; undefined when the item or the rest of the test does not vary."
                ),
                (
                    "Mastery",
                    "Of an objective: the points earned on its items divided by the points possible, over every "
                        + "learner's first finished attempt at the test."
                ),
                (
                    "Flags",
                    "Items: too hard, too easy, low discrimination, or discrimination that cannot be computed. Answer "
                        + "options: a wrong answer chosen by under 5 % of those who answered, a wrong answer chosen by more "
                        + "of the top third than of the bottom third, a key chosen less than some wrong answer."
                ),
                (
                    "Rounding",
                    "Percentages are rounded, but never to 100 % unless all, nor to 0 % unless none: such a figure gets "
                        + "a decimal or two more."
                ),
            ],
            preTestPartnerColumn: "Pre-test partner (same kind, same objective)",
            facilityPrePostColumn: "Facility: pre-test partner → this post-test item",
            partnersHow:
                "Each post-test item is set beside its partner in the pre-test: the pre-test item of the same kind "
                + "on the same objective, written to be as hard. A facility that rises from the partner to the "
                + "post-test item is what the lessons should bring; one that falls, or stays low, points at the "
                + "lesson or at one of the two items. Each test's facility is of its learners' first finished attempt.",
            unpartneredTitle: "Pre-test items with no partner in the post-test",
            everyPreTestItemPartnered: "Every pre-test item has a partner in the post-test.")
    }
}
