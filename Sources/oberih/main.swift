import OberihCommands

OberihCommand.runFromProcessArguments()
