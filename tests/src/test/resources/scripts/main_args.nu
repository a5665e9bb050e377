# `def main` receives the script's arguments, parsed against its signature.
def main [name: string, count: int, --prefix (-p): string = "#"] {
    1..$count | each {|i| $"($prefix)($i): ($name)" }
}
