# The table of bench/run-batch.sh from its raw runs (tab-separated: variant, mode, input, threads, run, wall s,
# CPU s, others' CPU s, load before). Per variant, mode and thread count: the median wall time of each input over the
# clean runs, those during which the rest of the machine used less than MAX_OTHERS (0.25) of a core on average; when
# an input has no clean run, all its runs count and the row is marked "(contended)", its figures in brackets. CPU, others' CPU and load: medians
# over all runs of N.
#
#   awk -F'\t' -v bt=TINY_BYTES -v bp=PASS_BYTES -v bn=N_BYTES -f bench/batch-summary.awk runs.tsv
function median(list,   n, a, i, j, x) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j > 0 && a[j] + 0 > x + 0; j--) a[j + 1] = a[j]; a[j + 1] = x }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
BEGIN { if (MAX_OTHERS == "") MAX_OTHERS = 0.25 }
{
    key = $1 SUBSEP $2 SUBSEP $4
    if (!(key in seen)) { seen[key] = 1; order[++rows] = key }
    all[key, $3] = all[key, $3] " " $6
    if ($8 / $6 < MAX_OTHERS) { clean[key, $3] = clean[key, $3] " " $6; cleanCount[key, $3]++ }
    if ($3 == "n") { cpu[key] = cpu[key] " " $7; others[key] = others[key] " " $8; load[key] = load[key] " " $9 }
}
END {
    print "| variant | mode | threads | tiny s | one pass s | N s | clean runs (tiny, pass, N) | CPU s (N) | others' CPU s (N) | load before (N) | marginal MB/s (N − tiny) | steady MB/s (N − one pass) |"
    print "|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|"
    for (r = 1; r <= rows; r++) {
        key = order[r]; split(key, k, SUBSEP); contended = ""
        for (i = 1; i <= 3; i++) {
            input = i == 1 ? "tiny" : i == 2 ? "pass" : "n"
            if (cleanCount[key, input] > 0) { w[input] = median(clean[key, input]) } else { w[input] = median(all[key, input]); contended = " (contended)" }
        }
        marginal = sprintf("%.2f", (bn - bt) / (w["n"] - w["tiny"]) / 1e6); steady = sprintf("%.2f", (bn - bp) / (w["n"] - w["pass"]) / 1e6)
        # a contended row's figures mix times taken under different loads: shown in brackets, never bold
        if (contended != "") { marginal = "(" marginal ")"; steady = "(" steady ")" } else { marginal = "**" marginal "**" }
        printf "| %s | %s | %s | %.2f | %.2f | %.2f | %d, %d, %d%s | %.1f | %.1f | %.2f | %s | %s |\n", k[1], k[2], k[3],
            w["tiny"], w["pass"], w["n"], cleanCount[key, "tiny"], cleanCount[key, "pass"], cleanCount[key, "n"], contended,
            median(cpu[key]), median(others[key]), median(load[key]), marginal, steady
    }
}
