//! Numbers in running text: digits, English number words and Chinese numerals, compared as
//! numbers. Ordinals and floors are numbers too (`1st`, `23rd`, `9th Floor`, `17F`, `9楼`,
//! `第9层`, `第九层`). Dates and addresses are read before, by their own readers, and blanked.

/// Numbers written with digits, with English number words, or with Chinese numerals. Digits
/// that belong to a word (`C2`) or to a clause or version number (`1.1.1`, `v2`) are not
/// quantities; an ordinal or a floor is its number (`1st`, `23rd`, `17F`, `第9层`). Chinese
/// numerals count only before a measure word (十五个工作日, 30天, 两个月, 九楼), not inside
/// words (第三方, 四川, 统一).
pub(super) fn numbers(text: &str, out: &mut Vec<u64>) {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            i = digits(&chars, i, out);
        } else if is_numeral(c) && c != '零' {
            i = numerals(&chars, i, out);
        } else {
            i += 1;
        }
    }
    for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
        // Number words are three to nine letters long: the others need no lower-casing.
        if (3..=9).contains(&word.len()) {
            if let Some(n) = english_number(&word.to_ascii_lowercase()) {
                out.push(n);
            }
        }
    }
}

/// The letters after a number that make it an ordinal or a floor: `1st`, `2nd`, `23rd`, `9th`,
/// French `1er`, `1re`, `2e`, and `17F`, `17FL`.
const SUFFIXES: [&str; 9] = ["st", "nd", "rd", "th", "er", "re", "e", "f", "fl"];

/// The run of digits at `start`: pushes its number when it is one, returns where it ends.
fn digits(chars: &[char], start: usize, out: &mut Vec<u64>) -> usize {
    let mut i = start;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    let before = start.checked_sub(1).map(|j| chars[j]);
    let after = chars.get(i).copied();
    let joined = |c: Option<char>, next: Option<char>| {
        c.is_some_and(|c| c.is_ascii_alphabetic())
            || (c.is_some_and(|c| matches!(c, '-' | '.' | ':' | '/'))
                && next.is_some_and(|n| n.is_ascii_digit()))
    };
    let value = || {
        chars[start..i]
            .iter()
            .collect::<String>()
            .parse::<u64>()
            .ok()
    };
    let word_before = joined(before, start.checked_sub(2).map(|j| chars[j]));
    if !word_before && after.is_some_and(|c| c.is_ascii_alphabetic()) {
        let mut end = i;
        while end < chars.len() && chars[end].is_ascii_alphabetic() {
            end += 1;
        }
        let suffix: String = chars[i..end]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        let alone = !chars.get(end).is_some_and(|c| c.is_ascii_digit());
        if alone && SUFFIXES.contains(&suffix.as_str()) {
            out.extend(value());
            return end;
        }
    }
    if !word_before && !joined(after, chars.get(i + 1).copied()) {
        out.extend(value());
        return i;
    }
    while i < chars.len()
        && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '-' | '.' | ':' | '/'))
    {
        i += 1;
    }
    i
}

/// The run of Chinese numerals at `start`: pushes its number when a measure word follows it,
/// returns where it ends.
fn numerals(chars: &[char], start: usize, out: &mut Vec<u64>) -> usize {
    let mut i = start;
    while i < chars.len() && is_numeral(chars[i]) {
        i += 1;
    }
    let ordinal = start > 0 && chars[start - 1] == '第';
    let run: String = chars[start..i].iter().collect();
    // 百分之三十 is 30 per cent, 百分之百 is 100 per cent.
    if run == "百" && chars.get(i) == Some(&'分') && chars.get(i + 1) == Some(&'之') {
        let from = i + 2;
        let mut end = from;
        while end < chars.len() && is_numeral(chars[end]) {
            end += 1;
        }
        let percent: String = chars[from..end].iter().collect();
        if let Some(n) = chinese_number(&percent).or((percent == "一").then_some(1)) {
            out.push(n);
        }
        return end;
    }
    let measure = chars.get(i).copied();
    let measured = measure.is_some_and(|m| {
        matches!(
            m,
            '个' | '天' | '日' | '月' | '年' | '周' | '岁' | '项' | '条' | '种' | '次' | '小'
        )
    });
    // Floors, roads and street numbers count also as ordinals (九楼, 第九层, 东一路 for
    // "1st East Road"); a lone 一 only where it cannot be "a" (一楼, 一路, 一号, 第一层, not
    // 一层保护, "a layer of protection").
    let place = measure.is_some_and(|m| matches!(m, '层' | '楼' | '路' | '街' | '号'));
    let first = run == "一" && (ordinal || measure.is_some_and(|m| m != '层'));
    if (measured && !ordinal) || place {
        out.extend(chinese_number(&run).or((place && first).then_some(1)));
    }
    i
}

/// A Chinese numeral of [`numbers`]: 零 to 九, 两, 十, 百.
fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '零' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百'
    )
}

fn english_number(word: &str) -> Option<u64> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    // "one" is also a pronoun ("no one", "one of"): only numbers two and up count.
    WORDS
        .iter()
        .position(|w| *w == word)
        .filter(|&n| n >= 2)
        .map(|n| n as u64)
        .or(match word {
            "thirty" => Some(30),
            "forty" => Some(40),
            "fifty" => Some(50),
            "sixty" => Some(60),
            "ninety" => Some(90),
            _ => None,
        })
}

/// A run of Chinese numerals as a number (十五 = 15, 二十 = 20, 一百 = 100); `None` for a
/// lone 一 (usually "a", "one of") and for runs that are not numbers.
fn chinese_number(run: &str) -> Option<u64> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .find(c)
            .map(|i| (i / 3) as u64)
            .or(if c == '两' { Some(2) } else { None })
    };
    if run == "一" || run.is_empty() {
        return None;
    }
    let mut total = 0u64;
    let mut current = 0u64;
    for c in run.chars() {
        match c {
            '十' => {
                total += current.max(1) * 10;
                current = 0;
            }
            '百' => {
                total += current.max(1) * 100;
                current = 0;
            }
            c => current = current * 10 + digit(c)?,
        }
    }
    let n = total + current;
    (n >= 2).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        numbers(text, &mut out);
        out.sort_unstable();
        out
    }

    #[test]
    fn numbers_in_words_digits_and_numerals() {
        assert_eq!(
            read("within fifteen working days, 30 days, section 1.1.1, C2 and v2"),
            [15, 30]
        );
        assert_eq!(
            read("十五个工作日内，30天内，两个月，一个，第三方，四川省，百分之百"),
            [2, 15, 30, 100]
        );
    }

    #[test]
    fn ordinals_and_floors_are_their_numbers() {
        assert_eq!(read("1st, 2nd, 23rd and the 9th Floor"), [1, 2, 9, 23]);
        assert_eq!(read("17F, 18/F, Floor 19, 20FL"), [17, 18, 19, 20]);
        assert_eq!(read("le 1er et la 2e"), [1, 2]);
        assert_eq!(
            read("9楼，10层，第11层，第12条，第十三层，九楼"),
            [9, 9, 10, 11, 12, 13]
        );
        assert_eq!(read("2FA, 3D, C2, 4x4, 一层保护"), Vec::<u64>::new());
        assert_eq!(read("Huigu 1st East Road"), read("慧谷东一路"));
        assert_eq!(read("一楼，第一层，二号"), [1, 1, 2]);
    }
}
