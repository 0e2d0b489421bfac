import OberihCommands

OberihCommand.main()
