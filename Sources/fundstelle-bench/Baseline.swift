/// The plain Python regex pass a user writes instead of Fundstelle: walk the folder, read
/// every file, find the Drucksache numbers, count them. Written to the work folder and run
/// with `python3` (shipped as a string so the executable needs no resource bundle).
enum Baseline {
  static let python = #"""
    import os, re, sys

    PATTERN = re.compile(r"(?:Drucksache|Drs\.|BT-Drs\.|Drucksachen)\s*(\d{1,2})\s*/\s*(\d[\d ]*\d|\d)")

    def main(root):
        files = 0
        hits = 0
        size = 0
        for dirpath, _, names in os.walk(root):
            for name in names:
                with open(os.path.join(dirpath, name), "rb") as f:
                    data = f.read()
                size += len(data)
                text = data.decode("utf-8", errors="replace")
                refs = set()
                for m in PATTERN.finditer(text):
                    refs.add((m.group(1), m.group(2).replace(" ", "")))
                hits += len(refs)
                files += 1
        print(f"{files} files, {size} bytes, {hits} distinct Drucksache numbers per file")

    if __name__ == "__main__":
        main(sys.argv[1])
    """#
}
