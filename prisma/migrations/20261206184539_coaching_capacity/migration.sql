-- AlterTable
ALTER TABLE "User" ADD COLUMN     "coachingCapacityMinutes" INTEGER;
