#!/usr/bin/env bash
# The layout of src/ (docs/architecture.md), checked so that later changes keep it:
#   - the top of src/ holds only main.rs, lib.rs, source.rs and diag.rs;
#   - no file in src/ passes 1,000 lines;
#   - no two modules, and no two stages, import each other (through `crate::` or `super::`);
#   - below cli, nothing prints, reads the clock or touches the file system, except the edges
#     named in EDGES (source, archive and the loaders).
# Test modules (`#[cfg(test)]` at the start of a line, to their closing brace) are not looked at.
# Usage: .ci/layout.sh [SRC]   (default: src). Exits 1 and says why on any violation.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-src}
exec perl -e '
use strict; use warnings;
my $src = shift;
my @top = qw(main.rs lib.rs source.rs diag.rs);
# The edges below cli allowed to use the file system or the clock.
my %edges = map { $_ => 1 } qw(source archive site::config);
my $max = 1000;
my @bad;

my @files = split /\n/, `find "$src" -name "*.rs" | sort`;
my (%module, %file_of);
for my $f (@files) {
    (my $rel = $f) =~ s{^\Q$src\E/}{};
    if ($rel !~ m{/}) {
        push @bad, "$f: a new file at the top of $src/ (only @top live there; put it in a stage folder)"
            unless grep { $_ eq $rel } @top;
    }
    next if $rel eq "main.rs";
    (my $m = $rel) =~ s{\.rs$}{};
    $m =~ s{/mod$}{};
    $m = "" if $m eq "lib";
    $m =~ s{/}{::}g;
    $module{$f} = $m;
    $file_of{$m} = $f;
}

# The lines of a file, with its test modules (`#[cfg(test)]` to the closing brace at the start
# of a line) blanked, so that line numbers stay right.
sub code { my ($f) = @_; open my $h, "<", $f or die "$f: $!"; my (@l, $skip);
    while (<$h>) {
        $skip = 1 if /^#\[cfg\(test\)\]/;
        push @l, $skip ? "\n" : $_;
        $skip = 0 if $skip && /^\}/;
    }
    return @l }

# The module a path names: its longest prefix that is a module.
sub resolve { my ($path) = @_; my @p = split /::/, $path;
    while (@p) { my $m = join "::", @p; return $m if exists $file_of{$m}; pop @p } return "" }

my %imports;
for my $f (@files) {
    my @lines = code($f);
    my $total = `wc -l < "$f"` + 0;
    push @bad, "$f: $total lines (at most $max)" if $total > $max;
    next unless exists $module{$f};
    my $m = $module{$f};
    my $parent = $m =~ /::/ ? ($m =~ s/::[^:]+$//r) : "";
    my $text = join "", @lines;
    $text =~ s{//[^\n]*}{}g;    # comments name modules without importing them
    while ($text =~ /\b(crate|super)((?:::\w+)*)(::\{([^{}]*)\})?/g) {
        my ($root, $path, $group) = ($1, $2, $4);
        my $base = $root eq "crate" ? "" : $parent;
        my $full = join "::", grep { length } $base, (split /::/, $path);
        my @targets = (resolve($full));
        if (defined $group) {
            for my $item (split /\s*,\s*/, $group) {
                $item =~ s/\s+as\s+\w+//; $item =~ s/^\s+|\s+$//g;
                next if $item eq "self" || $item eq "";
                push @targets, resolve(join "::", grep { length } $full, $item);
            }
        }
        for my $t (@targets) { $imports{$m}{$t} = 1 if $t ne $m && $t ne "" }
    }
    # Printing, the clock and the file system, below cli.
    next if $m eq "cli" || $m =~ /^cli::/;
    my $edge = $edges{$m};
    my $n = 0;
    for (@lines) {
        $n++;
        next if m{^\s*//};
        push @bad, "$f:$n: prints below cli: $_" =~ s/\n//r
            if /\b(e?print(ln)?!|std::io::std(out|err)\b)/;
        next if $edge;
        push @bad, "$f:$n: reads the clock outside the edges: $_" =~ s/\n//r
            if /\b(SystemTime|Instant|Zoned|Timestamp|Signature)::now\b/;
        push @bad, "$f:$n: touches the file system outside the edges: $_" =~ s/\n//r
            if /\bstd::fs\b|\bfs::(read|write|create|remove|metadata|rename|copy)/;
    }
}
# Circles between two modules, and between two stages (the folders at the top of src/: a
# module of one importing a module of the other, both ways).
my %stages;
for my $a (keys %imports) {
    for my $b (keys %{ $imports{$a} }) {
        my ($sa, $sb) = map { (split /::/, $_)[0] // "" } $a, $b;
        $stages{$sa}{$sb} = "$a -> $b" if $sa ne $sb && $sa ne "" && $sb ne "";
    }
}
for my $a (sort keys %imports) {
    for my $b (sort keys %{ $imports{$a} }) {
        push @bad, "import circle: " . ($a || "crate") . " <-> " . ($b || "crate")
            if $a lt $b && $imports{$b}{$a};
    }
}
for my $a (sort keys %stages) {
    for my $b (sort keys %{ $stages{$a} }) {
        push @bad, "import circle between stages $a and $b: $stages{$a}{$b}, $stages{$b}{$a}"
            if $a lt $b && $stages{$b}{$a};
    }
}
if (@bad) { print "layout: $_\n" for @bad; print "layout: ", scalar(@bad), " problem(s)\n"; exit 1 }
printf "layout: %d files, %d modules, no import circle, no file over %d lines\n",
    scalar(@files), scalar(keys %file_of), $max;
' "$src"
