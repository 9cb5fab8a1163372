#!/usr/bin/env python3
"""Writes the broken-file corpus (tests/broken, tests/warnings) from the table below.

Each case is a small policy with one mistake. The expected diagnostic is given as a code and
a unique piece of text (the needle) where it must point; this script turns the needle into the
line and column written in the file's `// expect:` header, which tests/diagnostics.rs checks.
Run it after changing the table; the snapshots of the diagnostics are reviewed with insta.
"""
import os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BASE = """policy {id} {{
  title en "Privacy Policy" zh-CN "隐私政策"
  languages en, zh-CN
  updated 2024-03-01
  numbering "1.", "1.1"

  contact info {{
    email "privacy@example.com"
  }}

  section rights en "Your rights" zh-CN "您的权利" {{
    right deletion {{
      channels web-form, @info
      respond-within 30 days
    }}
    p en "Write to {{@info.email}}." zh-CN "请发送电子邮件至{{@info.email}}。"
  }}
}}
"""

def base(id, old=None, new=None, count=1):
    text = BASE.format(id=id)
    if old is not None:
        assert old in text, (id, old)
        text = text.replace(old, new, count)
    return text

# (folder, id, text, [(code, needle, offset-in-needle)])
CASES = []
def case(id, text, *expects, folder="broken"):
    CASES.append((folder, id, text, list(expects)))

case("empty-file", "", ("empty-file", None, 0))
case("control-character", base("control-character", '"Your rights"', '"Your\x1b[31m rights"'), ("control-character", "\x1b", 0))
case("too-deep", "policy too-deep {\n  section a {\n" + "    list {\n" * 60 + "    }\n" * 60 + "  }\n}\n", ("too-deep", "list {", None))
case("unclosed-brace", base("unclosed-brace").rstrip()[:-1], ("syntax", None, -1))
case("syntax-bad-token", base("syntax-bad-token", 'numbering "1.", "1.1"', 'numbering 1., 1.1'), ("syntax", "1., 1.1", 0))
case("syntax-missing-comma", base("syntax-missing-comma", "channels web-form, @info", "channels web-form @info"), ("syntax", "@info\n", 0))
case("bad-escape", base("bad-escape", '"Write to', '"Write \\q to'), ("bad-escape", "\\q", 0))
case("unclosed-markup", base("unclosed-markup", '"Write to', '"**Write to'), ("unclosed-markup", "**Write", 0))
case("bad-reference", base("bad-reference", '{@info.email}.', '{info}.'), ("bad-reference", "{info}", 0))
case("unsafe-link", base("unsafe-link", '"Write to', '"[Click](javascript:alert(1)) Write to'), ("unsafe-link", "javascript:", 0))
case("unknown-statement", base("unknown-statement", "    right deletion {", "    rigth deletion {"), ("unknown-statement", "rigth", 0))
case("unknown-field", base("unknown-field", "respond-within 30 days", "respond-witin 30 days"), ("unknown-statement", "respond-witin", 0))
case("misplaced-field", base("misplaced-field", '    email "privacy@example.com"', '    email "privacy@example.com"\n    necessity optional'), ("misplaced", "necessity", 0))
case("misplaced-block", base("misplaced-block", "    p en", "    item en"), ("misplaced", "item en", 0))
case("duplicate-field", base("duplicate-field", "  updated 2024-03-01", "  updated 2024-03-01\n  updated 2024-03-02"), ("duplicate-field", "updated 2024-03-02", 0))
case("missing-title", base("missing-title", '  title en "Privacy Policy" zh-CN "隐私政策"\n', ""), ("missing-field", "policy missing-title", 0))
case("missing-required-field", base("missing-required-field", "  section rights", "  collect contact-form {\n    items name, email\n    necessity optional\n  }\n\n  section rights"), ("missing-field", "collect contact-form", 0))
case("empty-list", base("empty-list", "    p en", "    list \"a.\" {\n    }\n    p en"), ("empty-block", 'list "a."', 0))
case("bad-identifier", base("bad-identifier", "section rights", "section Your_Rights"), ("bad-identifier", "Your_Rights", 0))
case("missing-section-id", base("missing-section-id", "section rights en", "section en"), ("missing-id", "section en", 0))
case("duplicate-section-id", base("duplicate-section-id", "  section rights", "  section rights en \"Rights\" zh-CN \"权利\" {\n    p en \"x\" zh-CN \"x\"\n  }\n\n  section rights"), ("duplicate-id", "section rights en \"Your", 8))
case("duplicate-fact-id", base("duplicate-fact-id", "  section rights", "  contact info {\n    phone \"+86 28 1234 5678\"\n  }\n\n  section rights"), ("duplicate-id", "info {\n    phone", 0))
case("unknown-term", base("unknown-term", "channels web-form", "channels web-from"), ("unknown-term", "web-from", 0))
case("wrong-term-kind", base("wrong-term-kind", "  section rights", "  collect form {\n    items name, web-form\n    source user\n    necessity optional\n  }\n\n  section rights"), ("wrong-term-kind", "web-form\n", 0))
case("unknown-fact-reference", base("unknown-fact-reference", '"Write to {@info.email}', '"Write to {@inof.email}'), ("unknown-reference", "inof", 0))
case("unknown-section-reference", base("unknown-section-reference", '"Write to', '"See {#contact-us}. Write to'), ("unknown-reference", "contact-us", 0))
case("unknown-contact-channel", base("unknown-contact-channel", "@info", "@privacy"), ("unknown-reference", "privacy\n", 0))
case("unknown-reference-field", base("unknown-reference-field", '"Write to {@info.email}', '"Write to {@info.fax}'), ("unknown-field", "fax", 0))
case("absent-reference-field", base("absent-reference-field", '"Write to {@info.email}', '"Call {@info.phone}'), ("unknown-field", "phone}", 0))
case("bad-language-tag", base("bad-language-tag", "languages en, zh-CN", "languages en, zh-CN, klingonese"), ("bad-language-tag", "klingonese", 0))
case("unsupported-language", base("unsupported-language", "languages en, zh-CN", "languages en, zh-CN, sw"), ("unsupported-language", "sw", 0))
case("undeclared-language", base("undeclared-language", 'zh-CN "您的权利"', 'zh-CN "您的权利" fr "Vos droits"'), ("undeclared-language", 'fr "', 0))
case("missing-translation", base("missing-translation", ' zh-CN "请发送电子邮件至{@info.email}。"', ""), ("missing-translation", 'en "Write', 0))
case("duplicate-translation", base("duplicate-translation", 'en "Your rights"', 'en "Your rights" en "Rights"'), ("duplicate-translation", 'en "Rights"', 0))
case("untagged-text", base("untagged-text", 'title en "Privacy Policy" zh-CN "隐私政策"', 'title "Privacy Policy"'), ("untagged-text", '"Privacy Policy"', 0))
case("empty-text", base("empty-text", 'en "Your rights"', 'en "  "'), ("empty-text", '"  "', 0))
case("bad-date", base("bad-date", "updated 2024-03-01", "updated 2024-02-30"), ("bad-date", "2024-02-30", 0))
case("bad-date-format", base("bad-date-format", "updated 2024-03-01", "updated 2022/12/08"), ("bad-date", "2022/12/08", 0))
case("date-order", base("date-order", "  updated 2024-03-01", "  updated 2024-03-01\n  effective 2024-01-01"), ("date-order", "2024-01-01", 0))
case("bad-version", base("bad-version", "  updated 2024-03-01", "  updated 2024-03-01\n  version 2024..1"), ("bad-version", "2024..1", 0))
case("bad-email", base("bad-email", '"privacy@example.com"', '"privacy at example.com"'), ("bad-email", '"privacy at', 0))
case("bad-url", base("bad-url", '    email "privacy@example.com"', '    email "privacy@example.com"\n    url "ftp://example.com/privacy"'), ("bad-url", '"ftp:', 0))
case("bad-duration", base("bad-duration", "30 days", "30 dais"), ("bad-duration", "dais", 0))
case("bad-marker", base("bad-marker", 'numbering "1.", "1.1"', 'numbering "1.", "x.y"'), ("bad-marker", '"x.y"', 0))
case("bad-value", base("bad-value", "  section rights", "  minors children {\n    age 200\n  }\n\n  section rights"), ("bad-value", "200", 0))
case("no-channel", base("no-channel", "      channels web-form, @info\n", ""), ("no-channel", "right deletion", 0))
case("unreachable-contact", base("unreachable-contact", '    email "privacy@example.com"', '    department en "Privacy Office" zh-CN "隐私办公室"'), ("unreachable-contact", "contact info", 0), ("unknown-field", "email}.", 0))
case("many-errors", base("many-errors", "30 days", "30 dais").replace("web-form", "web-from").replace("{@info.email}.", "{@inof.email}."),
     ("bad-duration", "dais", 0), ("unknown-term", "web-from", 0), ("unknown-reference", "inof", 0))
case("invalid-utf8", None, ("invalid-utf8", None, 0))

# warnings: the file still checks (exit 0)
case("no-conditions", base("no-conditions", "  section rights", "  recipient affiliates {\n    activities sharing\n  }\n\n  section rights"), ("no-conditions", "recipient affiliates", 0), folder="warnings")
case("missing-value", base("missing-value", '    email "privacy@example.com"', '    email missing en "The notice ends before the address." zh-CN "通知在地址之前中断。"\n    channels online-service').replace("Write to {@info.email}.", "Write to us.").replace("请发送电子邮件至{@info.email}。", "请联系我们。"), ("missing-value", "email missing", 0), folder="warnings")
case("repeated-value", base("repeated-value", '"Write to {@info.email}."', '"Write to privacy@example.com."'), ("repeated-value", "privacy@example.com.", 0), folder="warnings")
case("file-name-mismatch", base("another-name"), ("file-name-mismatch", "another-name", 0), folder="warnings")
case("stale-translation", base("stale-translation", 'p en "Write to {@info.email}." zh-CN "请', 'p en "Please write to {@info.email}." zh-CN@5b0b3b1e "请'), ("stale-translation", 'zh-CN@5b0b3b1e', 0), folder="warnings")
case("inconsistent-translation", base("inconsistent-translation", 'zh-CN "请发送电子邮件至{@info.email}。"', 'zh-CN "请在30天内发送电子邮件。"'), ("inconsistent-translation", '"请在30天内', 0), folder="warnings")
case("bidi-control", base("bidi-control", '"Your rights"', '"Your \u202erights"'), ("bidi-control", "\u202e", 0), folder="warnings")


def line_col(text, offset):
    before = text[:offset]
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    return line, col


def main():
    for folder in ("broken", "warnings"):
        d = os.path.join(ROOT, folder)
        for name in os.listdir(d):
            if name.endswith(".policy"):
                os.remove(os.path.join(d, name))
    for folder, id, text, expects in CASES:
        path = os.path.join(ROOT, folder, id + ".policy")
        if id == "invalid-utf8":
            body = base(id).encode().replace("Your rights".encode(), b"Your \xff rights")
            head = b"// expect: invalid-utf8 " + b"%d:%d\n"
            lines = body.split(b"\n")
            n = next(i for i, l in enumerate(lines) if b"\xff" in l)
            col = len(lines[n][: lines[n].index(b"\xff")].decode()) + 1
            open(path, "wb").write(head % (n + 2, col) + body)
            continue
        n = len(expects)
        header_len = n  # one line per expectation
        lines = []
        for code, needle, off in expects:
            if needle is None:
                if text == "":
                    lines.append(f"// expect: {code} 1:1")
                    continue
                # the end of the file
                lines.append((code, len(text) if off == -1 else 0))
                continue
            if off is None:
                # the first `{` nested deeper than syntax::MAX_DEPTH (48); the policy and the
                # section hold two of them
                i = text.index(needle)
                for _ in range(48 - 2):
                    i = text.index(needle, i + 1)
                i = text.index("{", i)
            else:
                i = text.index(needle) + off
            lines.append((code, i))
        if text == "":
            open(path, "w").write("")
            continue
        header = ""
        for item in lines:
            code, i = item
            l, c = line_col(text, i)
            header += f"// expect: {code} {l + header_len}:{c}\n"
        open(path, "w", encoding="utf-8").write(header + text)
    print(f"wrote {len(CASES)} cases")


main()
