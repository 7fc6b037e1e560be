/// libFuzzer entry over scenario loading: any bytes must give a `Scenario`
/// or a `ScenarioError`, never a crash, a trap or a hang.
///
/// Compiled by `scripts/fuzz.sh` together with the Matcher sources that
/// loading needs (`swiftc -sanitize=fuzzer,address`), outside the package
/// build: `swift build` and `swift test` never see this directory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoad(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  _ = try? Scenario.load(bytes)
  return 0
}
