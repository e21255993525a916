import JukiCLI

JukiReport.main()
